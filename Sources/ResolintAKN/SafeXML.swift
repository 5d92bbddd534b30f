import CLibXML2
import ResolintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A parsed XML document held by libxml2, parsed the safe way for untrusted input: a document
/// type declaration (and so any entity, external or internal) is refused before parsing, and
/// the parser never touches the network.
package final class SafeXML {
    package let document: xmlDocPtr

    private init(document: xmlDocPtr) {
        self.document = document
    }

    deinit {
        xmlFreeDoc(document)
    }

    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// libxml2 sets itself up once before documents are parsed on several threads at a time.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `text`; `path` names it in errors.
    package static func parse(_ text: String, path: String) throws(ReadError) -> SafeXML {
        try parse(bytes: Array(text.utf8), path: path)
    }

    /// Parses the UTF-8 bytes of a document; `path` names it in errors.
    package static func parse(bytes: [UInt8], path: String) throws(ReadError) -> SafeXML {
        if let line = declarationLine(bytes) {
            throw .malformed(
                path: path, line: line,
                message: "XML with a document type declaration (DTD or entities) is not accepted")
        }
        if let line = attributeFlood(bytes) {
            throw .malformed(
                path: path, line: line,
                message: "an element with more than \(maxAttributes) attributes is not accepted")
        }
        _ = Self.initialized
        let collector = ErrorCollector()
        let context = xmlNewParserCtxt()
        defer { xmlFreeParserCtxt(context) }
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque(), ErrorCollector.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        if bytes.isEmpty {
            throw .malformed(path: path, line: nil, message: "not well-formed XML: the document is empty")
        }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlCtxtReadMemory(context, $0.baseAddress, Int32(buffer.count), path, "UTF-8", options)
            }
        }
        guard let document else {
            let first = collector.errors.first
            throw .malformed(
                path: path, line: first?.line, message: "not well-formed XML: \(first?.message ?? "unreadable")")
        }
        return SafeXML(document: document)
    }

    /// The most attributes one element may have. libxml2 checks each new attribute against all
    /// before it, so its time grows with the square of their number (200,000 took over a
    /// minute); an Akoma Ntoso element has a handful.
    static let maxAttributes = 256

    /// The line of the first start tag with more than `maxAttributes` attributes, found in one
    /// pass over the bytes (comments, processing instructions and CDATA skipped, quoted values
    /// read as values).
    static func attributeFlood(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            // The line is counted only for the tag found: a document without one is not counted.
            func line(at index: Int) -> Int { bytes[..<index].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
            func starts(_ marker: StaticString, at index: Int) -> Bool {
                let count = marker.utf8CodeUnitCount
                return index + count <= bytes.count
                    && UnsafeBufferPointer(rebasing: bytes[index..<(index + count)]).elementsEqual(
                        UnsafeBufferPointer(start: marker.utf8Start, count: count))
            }
            /// The index after the first `end` at or after `index`, or the end of the bytes.
            func skip(from index: Int, past end: StaticString) -> Int {
                var index = index
                while let found = next(end.utf8Start.pointee, from: index) {
                    if starts(end, at: found) { return found + end.utf8CodeUnitCount }
                    index = found + 1
                }
                return bytes.count
            }
            func next(_ byte: UInt8, from index: Int) -> Int? {
                guard index < bytes.count, let base = bytes.baseAddress,
                    let found = memchr(base + index, Int32(byte), bytes.count - index)
                else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var index = 0
            while let open = next(UInt8(ascii: "<"), from: index) {
                if starts("<!--", at: open) {
                    index = skip(from: open + 4, past: "-->")
                } else if starts("<![CDATA[", at: open) {
                    index = skip(from: open + 9, past: "]]>")
                } else if starts("<?", at: open) {
                    index = skip(from: open + 2, past: "?>")
                } else {
                    // A tag: its attributes' "=" outside quoted values, to its ">".
                    var count = 0
                    var quote: UInt8?
                    index = open + 1
                    while index < bytes.count {
                        let byte = bytes[index]
                        index += 1
                        if let open = quote {
                            if byte == open { quote = nil }
                        } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                            quote = byte
                        } else if byte == UInt8(ascii: "=") {
                            count += 1
                            if count > maxAttributes { return line(at: open) }
                        } else if byte == UInt8(ascii: ">") {
                            break
                        }
                    }
                }
            }
            return nil
        }
    }

    /// The line of a `<!DOCTYPE` or `<!ENTITY` declaration, if the text has one.
    static func declarationLine(_ text: String) -> Int? { declarationLine(Array(text.utf8)) }

    /// The line of a `<!DOCTYPE` or `<!ENTITY` declaration, if the bytes have one.
    static func declarationLine(_ bytes: [UInt8]) -> Int? {
        // "<!" starts every declaration, and is rare.
        bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == 0x3C, bytes[index + 1] == 0x21 {
                    let rest = bytes[index...]
                    if rest.starts(with: "<!DOCTYPE".utf8) || rest.starts(with: "<!ENTITY".utf8) {
                        return bytes[..<index].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                    }
                }
                index += 1
            }
            return nil
        }
    }

    package var root: xmlNodePtr? { xmlDocGetRootElement(document) }
}

/// Collects libxml2's structured errors with their lines.
final class ErrorCollector {
    struct Entry {
        let line: Int?
        let message: String
    }

    var errors: [Entry] = []

    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? "error"
        let line = Int(error.pointee.line)
        collector.errors.append(
            Entry(
                line: line > 0 ? line : nil,
                message: String(message.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())))
    }
}

extension xmlNodePtr {
    /// The element's local name.
    package var name: String { pointee.name.map { String(cString: $0) } ?? "" }

    /// The element's namespace URI.
    package var namespace: String? { pointee.ns?.pointee.href.map { String(cString: $0) } }

    package var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    package var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The element children, in order.
    package var elements: [xmlNodePtr] { children.filter(\.isElement) }

    /// All children, in order.
    package var children: [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = pointee.children
        while let node = child {
            result.append(node)
            child = node.pointee.next
        }
        return result
    }

    package func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(self, name) else { return nil }
        defer { resolint_xml_free(value) }
        return String(cString: value)
    }

    /// The first element child with this name.
    package func child(_ name: String) -> xmlNodePtr? { elements.first { $0.name == name } }

    /// The text of a text node.
    package var content: String {
        guard let value = xmlNodeGetContent(self) else { return "" }
        defer { resolint_xml_free(value) }
        return String(cString: value)
    }

    package var line: Int { Int(xmlGetLineNo(self)) }
}
