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
    /// `codes`, when given, number the tokens' keys (equal keys, equal numbers), so that no
    /// key is hashed again.
    static func diff(_ old: [DiffToken], _ new: [DiffToken], codes: ([Int32], [Int32])? = nil) -> [WordChange] {
        // A paragraph kept as it was, the most common case, is one equal run.
        if !new.isEmpty, old.count == new.count, zip(old, new).allSatisfy({ $0.key == $1.key }) {
            return [WordChange(.equal, join(new.map(\.text)))]
        }
        let operations =
            if let codes { script(codes: codes.0.map(Int.init), codes.1.map(Int.init)) } else {
                script(old.map(\.key), new.map(\.key))
            }
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
            if !out.isEmpty, !isPunctuation(token) { out += " " }
            out += token
        }
        return out
    }

    /// A token that is one mark of punctuation, which joins the word before it.
    static func isPunctuation(_ token: String) -> Bool {
        guard token.utf8.count == 1, let byte = token.utf8.first else { return false }
        return byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// The shortest edit script from `a` to `b`, in memory linear in their lengths: Myers'
    /// divide and conquer over the middle snake, with the frontier-keeping search only for
    /// pieces small enough that its memory does not matter (where it gives the same script).
    static func script(_ a: [String], _ b: [String]) -> [WordChange.Operation] {
        // Tokens as integers: one comparison per step, whatever the words.
        var codes: [String: Int] = [:]
        let x = a.map { token in
            codes[token]
                ?? {
                    codes[token] = codes.count
                    return codes.count - 1
                }()
        }
        let y = b.map { token in
            codes[token]
                ?? {
                    codes[token] = codes.count
                    return codes.count - 1
                }()
        }
        return script(codes: x, y)
    }

    /// The shortest edit script between two sequences of numbers.
    static func script(codes x: [Int], _ y: [Int]) -> [WordChange.Operation] {
        var operations: [WordChange.Operation] = []
        operations.reserveCapacity(x.count + y.count)
        LinearDiff(a: x, b: y).solve(0, x.count, 0, y.count, into: &operations)
        return operations
    }

    /// The frontier-keeping form of Myers' algorithm, for small inputs: memory grows with the
    /// edit distance times the lengths.
    static func smallScript<T: Equatable>(_ a: ArraySlice<T>, _ b: ArraySlice<T>) -> [WordChange.Operation] {
        let a = Array(a)
        let b = Array(b)
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

/// Myers' linear-space search: the middle snake of a stretch of both sequences splits it into
/// two smaller problems, solved in turn; pieces below `smallSize` cells go to `smallScript`.
private struct LinearDiff {
    let a: [Int]
    let b: [Int]
    static let smallSize = 4096

    func solve(_ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int, into operations: inout [WordChange.Operation]) {
        var aLow = aLow
        var bLow = bLow
        var aHigh = aHigh
        var bHigh = bHigh
        // Common prefix and suffix are equal runs, whatever lies between.
        while aLow < aHigh, bLow < bHigh, a[aLow] == b[bLow] {
            operations.append(.equal)
            aLow += 1
            bLow += 1
        }
        var suffix = 0
        while aHigh > aLow, bHigh > bLow, a[aHigh - 1] == b[bHigh - 1] {
            aHigh -= 1
            bHigh -= 1
            suffix += 1
        }
        defer { operations.append(contentsOf: repeatElement(.equal, count: suffix)) }
        let n = aHigh - aLow
        let m = bHigh - bLow
        if n == 0 {
            operations.append(contentsOf: repeatElement(.insert, count: m))
            return
        }
        if m == 0 {
            operations.append(contentsOf: repeatElement(.delete, count: n))
            return
        }
        if n * m <= Self.smallSize {
            operations += WordDiff.smallScript(a[aLow..<aHigh], b[bLow..<bHigh])
            return
        }
        let (distance, start, end) = middleSnake(aLow, n, bLow, m)
        if distance <= 1 {
            operations += WordDiff.smallScript(a[aLow..<aHigh], b[bLow..<bHigh])
            return
        }
        solve(aLow, aLow + start.x, bLow, bLow + start.y, into: &operations)
        operations.append(contentsOf: repeatElement(.equal, count: end.x - start.x))
        solve(aLow + end.x, aHigh, bLow + end.y, bHigh, into: &operations)
    }

    /// The middle snake of a[aLow..<aLow+n] against b[bLow..<bLow+m]: the edit distance, and
    /// the snake's start and end relative to the stretch.
    private func middleSnake(_ aLow: Int, _ n: Int, _ bLow: Int, _ m: Int)
        -> (distance: Int, start: (x: Int, y: Int), end: (x: Int, y: Int))
    {
        let delta = n - m
        let odd = delta & 1 != 0
        let limit = (n + m + 1) / 2
        let offset = limit + 1
        var forward = [Int](repeating: 0, count: 2 * limit + 3)
        var backward = [Int](repeating: 0, count: 2 * limit + 3)
        for d in 0...limit {
            var k = -d
            while k <= d {
                var x =
                    k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1])
                    ? forward[offset + k + 1] : forward[offset + k - 1] + 1
                var y = x - k
                let start = (x: x, y: y)
                while x < n, y < m, a[aLow + x] == b[bLow + y] {
                    x += 1
                    y += 1
                }
                forward[offset + k] = x
                let mirror = delta - k
                if odd, mirror >= -(d - 1), mirror <= d - 1, x + backward[offset + mirror] >= n {
                    return (2 * d - 1, start, (x, y))
                }
                k += 2
            }
            k = -d
            while k <= d {
                // In reversed coordinates: x counts from the end of the stretch.
                var x =
                    k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1])
                    ? backward[offset + k + 1] : backward[offset + k - 1] + 1
                var y = x - k
                let end = (x: n - x, y: m - y)
                while x < n, y < m, a[aLow + n - x - 1] == b[bLow + m - y - 1] {
                    x += 1
                    y += 1
                }
                backward[offset + k] = x
                let mirror = delta - k
                if !odd, mirror >= -d, mirror <= d, x + forward[offset + mirror] >= n {
                    return (2 * d, (n - x, m - y), end)
                }
                k += 2
            }
        }
        return (n + m, (0, 0), (0, 0))
    }
}
