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

    /// Loads the schema at `path` (the folder must also hold `xml.xsd`), with the guards of any
    /// untrusted XML: no document type declaration (so no entity) in it or in what it imports,
    /// and nothing read but the files of the schema's own folder: no network, no `/etc/passwd`.
    public init(schemaPath path: String) throws(SchemaError) {
        guard case .file = try? FileSystem.kind(of: path) else {
            throw SchemaError(description: "\(path): no such schema file")
        }
        guard let real = realpath(path, nil) else { throw SchemaError(description: "\(path): cannot be read") }
        let resolved = String(cString: real)
        free(real)
        if let problem = Self.refusal(resolved) { throw SchemaError(description: "\(path): \(problem)") }
        let folder = String(resolved[..<(resolved.lastIndex(of: "/") ?? resolved.endIndex)])
        let collector = ErrorCollector()
        let loaded: xmlSchemaPtr? = Self.loading.withLock { _ in
            Self.allowedFolder = folder
            let previous = xmlGetExternalEntityLoader()
            xmlSetExternalEntityLoader(Self.loader)
            xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque(), ErrorCollector.callback)
            defer {
                xmlSetStructuredErrorFunc(nil, nil)
                xmlSetExternalEntityLoader(previous)
                Self.allowedFolder = nil
            }
            guard let context = xmlSchemaNewParserCtxt(resolved) else { return nil }
            defer { xmlSchemaFreeParserCtxt(context) }
            return xmlSchemaParse(context)
        }
        guard let loaded else {
            throw SchemaError(description: "\(path): not a usable schema: \(collector.errors.first?.message ?? "")")
        }
        self.schema = loaded
    }

    /// One schema load at a time: the entity loader is the process's.
    private static let loading = Mutex(())
    /// The folder a schema being loaded may read from (set under `loading`).
    nonisolated(unsafe) private static var allowedFolder: String?

    /// Why a file may not be read as (part of) a schema, if it may not.
    static func refusal(_ path: String) -> String? {
        guard let bytes = try? FileSystem.contents(of: path, limit: 64 * 1024 * 1024) else { return "cannot be read" }
        if SafeXML.declarationLine(bytes) != nil {
            return "a schema with a document type declaration (DTD or entities) is not accepted"
        }
        return nil
    }

    /// Reads what a schema imports or includes only from the schema's own folder, and only
    /// files without a document type declaration; anything else (a URL, a path elsewhere) is
    /// refused, which libxml2 reports as a schema that cannot be loaded.
    private static let loader: xmlExternalEntityLoader = { url, _, context in
        guard let url, let folder = SchemaValidator.allowedFolder else { return nil }
        var path = String(cString: url)
        if path.hasPrefix("file://") { path = String(path.dropFirst(7)) }
        guard path.hasPrefix("/"), let real = realpath(path, nil) else { return nil }
        let resolved = String(cString: real)
        free(real)
        guard resolved.hasPrefix(folder + "/"), SchemaValidator.refusal(resolved) == nil else { return nil }
        return xmlNewInputFromFile(context, resolved)
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
