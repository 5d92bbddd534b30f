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
        return runs.map { WordChange($0.0, join($0.1)) }
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
