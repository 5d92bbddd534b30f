import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` over every core: `transform` runs on the elements in parallel, and the results come
    /// back in the elements' order, whatever order they finished in.
    package func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = Mutex<[Result?]>([Result?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = transform(self[index])
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.map { $0! } }
    }
}
