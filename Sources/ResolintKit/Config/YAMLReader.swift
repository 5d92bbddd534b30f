import Yams

/// Reads configuration and rule files as YAML through Yams (libyaml), into `YAMLNode`s that keep
/// the line each node starts on, so that every later error can name its line. Aliases are
/// resolved; every scalar is kept as text (the readers decide what a value means).
public enum YAMLReader {
    /// Why a YAML text was refused: the line and the parser's words.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func parse(_ text: String) throws(Failure) -> YAMLNode {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw failure(error, in: text)
        } catch {
            throw Failure(line: 1, message: "\(error)")
        }
        guard let node else { return .mapping([], line: 1) }
        return try convert(node)
    }

    private static func convert(_ node: Node) throws(Failure) -> YAMLNode {
        let line = node.mark?.line ?? 1
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, line: line)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence { items.append(try convert(item)) }
            return .sequence(items, line: line)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for (key, value) in mapping {
                guard case .scalar(let name) = key else {
                    throw Failure(line: key.mark?.line ?? line, message: "a key must be a plain name")
                }
                if entries.contains(where: { $0.key == name.string }) {
                    throw Failure(line: key.mark?.line ?? line, message: "the key \"\(name.string)\" is given twice")
                }
                entries.append(YAMLEntry(key: name.string, line: key.mark?.line ?? line, value: try convert(value)))
            }
            return .mapping(entries, line: line)
        case .alias:
            throw Failure(line: line, message: "an unresolved alias")
        }
    }

    private static func failure(_ error: YamlError, in text: String) -> Failure {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            // The line of the key's second use, after the mapping starts.
            let key = duplicates.first ?? ""
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let uses = lines.indices.filter { index in
                index + 1 >= context.mark.line && lines[index].drop { $0 == " " || $0 == "-" }.hasPrefix(key + ":")
            }
            let line = uses.count > 1 ? uses[1] + 1 : context.mark.line
            return Failure(line: line, message: "the key \"\(key)\" is given twice")
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return Failure(line: mark.line, message: what.isEmpty ? "not valid YAML" : what)
        case .composer(let context, let problem, let mark, _):
            return Failure(line: mark.line, message: [context?.text, problem].compactMap { $0 }.joined(separator: " "))
        default:
            return Failure(line: 1, message: "\(error)")
        }
    }
}
