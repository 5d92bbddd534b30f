import CLibXML2
import ResolintKit
import Synchronization

/// Checks XML against the OASIS Akoma Ntoso 3.0 schema (`akomantoso30.xsd`, with its `xml.xsd`
/// beside it) with libxml2, and reports each violation with its line.
public final class SchemaValidator: @unchecked Sendable {
    /// A place where the document breaks the schema.
    public struct Violation: Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var line: Int?
        public var message: String
        public var description: String { line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)" }
    }

    /// Why the schema itself could not be loaded.
    public struct SchemaError: Error, CustomStringConvertible {
        public var description: String
    }

    private let schema: xmlSchemaPtr
    /// One validation at a time: libxml2's schema validation shares the compiled schema.
    private let lock = Mutex(())

    /// Loads the schema at `path` (the folder must also hold `xml.xsd`).
    public init(schemaPath path: String) throws(SchemaError) {
        guard case .file = try? FileSystem.kind(of: path) else {
            throw SchemaError(description: "\(path): no such schema file")
        }
        let collector = ErrorCollector()
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque(), ErrorCollector.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        guard let context = xmlSchemaNewParserCtxt(path) else {
            throw SchemaError(description: "\(path): cannot be read")
        }
        defer { xmlSchemaFreeParserCtxt(context) }
        guard let schema = xmlSchemaParse(context) else {
            throw SchemaError(description: "\(path): not a usable schema: \(collector.errors.first?.message ?? "")")
        }
        self.schema = schema
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// The violations of `xml` against the schema; empty when it is valid. Unreadable XML is one
    /// violation at the line where reading failed.
    public func validate(xml: String, path: String) -> [Violation] {
        let document: SafeXML
        do {
            document = try SafeXML.parse(xml, path: path)
        } catch {
            if case .malformed(_, let line, let message) = error {
                return [Violation(path: path, line: line, message: message)]
            }
            return [Violation(path: path, line: nil, message: error.description)]
        }
        return lock.withLock { _ in validate(document, path: path) }
    }

    private func validate(_ document: SafeXML, path: String) -> [Violation] {
        let collector = ErrorCollector()
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [Violation(path: path, line: nil, message: "cannot start validation")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(
            context, ErrorCollector.callback, Unmanaged.passUnretained(collector).toOpaque())
        let result = xmlSchemaValidateDoc(context, document.document)
        var violations = collector.errors.map { Violation(path: path, line: $0.line, message: $0.message) }
        if result != 0, violations.isEmpty {
            violations.append(Violation(path: path, line: nil, message: "not valid against the schema"))
        }
        return violations
    }
}
