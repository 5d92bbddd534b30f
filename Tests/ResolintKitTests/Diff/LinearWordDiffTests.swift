import Testing

@testable import ResolintKit

/// The linear-space word diff gives a correct and shortest script, as the frontier-keeping
/// search does, on inputs of every size (its memory is measured in Benchmarks/pathological).
struct LinearWordDiffTests {
    /// A small deterministic generator, so that a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private func apply(_ script: [WordChange.Operation], _ a: [String], _ b: [String]) -> Bool {
        var x = 0
        var y = 0
        for operation in script {
            switch operation {
            case .equal:
                guard x < a.count, y < b.count, a[x] == b[y] else { return false }
                x += 1
                y += 1
            case .delete:
                guard x < a.count else { return false }
                x += 1
            case .insert:
                guard y < b.count else { return false }
                y += 1
            }
        }
        return x == a.count && y == b.count
    }

    @Test func shortestAndCorrectOnRandomEdits() {
        var random = Generator(state: 42)
        for round in 0..<200 {
            let length = [5, 40, 120, 400][round % 4]
            let a = (0..<length).map { _ in ["the", "of", "and", "States", "Council", "resolution"][random.next(6)] }
            var b = a
            for _ in 0..<random.next(length / 3 + 2) {
                let place = random.next(b.count + 1)
                if random.next(2) == 0, place < b.count { b.remove(at: place) } else { b.insert("new", at: place) }
            }
            let linear = WordDiff.script(a, b)
            let frontier = WordDiff.smallScript(a[...], b[...])
            #expect(apply(linear, a, b), "round \(round)")
            #expect(linear.filter { $0 != .equal }.count == frontier.filter { $0 != .equal }.count, "round \(round)")
        }
    }

    /// A long paragraph against itself with one word changed in every hundred.
    @Test func longParagraphs() {
        let a = (0..<10_000).map { "word\($0 % 977)" }
        var b = a
        for index in stride(from: 50, to: b.count, by: 100) { b[index] = "changed" }
        let script = WordDiff.script(a, b)
        #expect(apply(script, a, b))
        #expect(script.filter { $0 == .insert }.count == 100)
        #expect(script.filter { $0 == .delete }.count == 100)
    }
}
