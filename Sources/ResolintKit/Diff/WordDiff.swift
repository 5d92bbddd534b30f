/// One run of a word-level diff: equal, inserted or deleted tokens, joined back into text.
public struct WordChange: Hashable, Sendable {
    public enum Operation: String, Sendable {
        case equal, insert, delete
    }

    public var operation: Operation
    public var text: String

    public init(_ operation: Operation, _ text: String) {
        self.operation = operation
        self.text = text
    }
}

/// The word-level diff of two token sequences (Myers' O(ND) algorithm), as runs.
enum WordDiff {
    static func diff(_ old: [DiffToken], _ new: [DiffToken]) -> [WordChange] {
        let operations = script(old.map(\.key), new.map(\.key))
        var runs: [(WordChange.Operation, [String])] = []
        var oldIndex = 0
        var newIndex = 0
        for operation in operations {
            let token: String
            switch operation {
            case .equal:
                token = new[newIndex].text
                oldIndex += 1
                newIndex += 1
            case .delete:
                token = old[oldIndex].text
                oldIndex += 1
            case .insert:
                token = new[newIndex].text
                newIndex += 1
            }
            if let last = runs.last, last.0 == operation {
                runs[runs.count - 1].1.append(token)
            } else {
                runs.append((operation, [token]))
            }
        }
        return coalesce(runs).map { WordChange($0.0, join($0.1)) }
    }

    /// Folds a lone short word left equal between two changes ("of" in "[-57/173 of 18 December
    /// 2002-]{+58/140 of 22 December 2003+}") into them, so that a reader sees one change.
    static func coalesce(_ runs: [(WordChange.Operation, [String])]) -> [(WordChange.Operation, [String])] {
        var groups: [(delete: [String], insert: [String], equal: [String])] = []
        var pendingDelete: [String] = []
        var pendingInsert: [String] = []
        for (operation, tokens) in runs {
            switch operation {
            case .delete: pendingDelete += tokens
            case .insert: pendingInsert += tokens
            case .equal:
                groups.append((pendingDelete, pendingInsert, tokens))
                pendingDelete = []
                pendingInsert = []
            }
        }
        groups.append((pendingDelete, pendingInsert, []))
        // Merge a group into the next when its equal run is one short word between two changes.
        var merged: [(delete: [String], insert: [String], equal: [String])] = []
        for group in groups {
            if let last = merged.last, last.equal.count == 1, last.equal[0].count <= 3,
                !(last.delete.isEmpty && last.insert.isEmpty), !(group.delete.isEmpty && group.insert.isEmpty)
            {
                merged[merged.count - 1] = (
                    last.delete + last.equal + group.delete, last.insert + last.equal + group.insert, group.equal
                )
            } else {
                merged.append(group)
            }
        }
        var result: [(WordChange.Operation, [String])] = []
        for group in merged {
            if !group.delete.isEmpty { result.append((.delete, group.delete)) }
            if !group.insert.isEmpty { result.append((.insert, group.insert)) }
            if !group.equal.isEmpty { result.append((.equal, group.equal)) }
        }
        return result
    }

    /// Tokens back into text: punctuation joins the word before it.
    static func join(_ tokens: [String]) -> String {
        var out = ""
        for token in tokens {
            if !out.isEmpty, !(token.count == 1 && ",;:.!?".contains(token)) { out += " " }
            out += token
        }
        return out
    }

    /// The shortest edit script from `a` to `b`, deletions before insertions at each place.
    static func script(_ a: [String], _ b: [String]) -> [WordChange.Operation] {
        let n = a.count
        let m = b.count
        let max = n + m
        guard max > 0 else { return [] }
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        var found = false
        for d in 0...max {
            trace.append(v)
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) {
                    x = v[max + k + 1]
                } else {
                    x = v[max + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[max + k] = x
                if x >= n, y >= m {
                    found = true
                    break
                }
                k += 2
            }
            if found { break }
        }
        // Walk back through the saved frontiers.
        var operations: [WordChange.Operation] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let frontier = trace[d]
            let k = x - y
            let previousK: Int
            if k == -d || (k != d && frontier[max + k - 1] < frontier[max + k + 1]) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = frontier[max + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                operations.append(.equal)
                x -= 1
                y -= 1
            }
            if d > 0 {
                operations.append(x == previousX ? .insert : .delete)
            }
            x = previousX
            y = previousY
        }
        return operations.reversed()
    }
}
