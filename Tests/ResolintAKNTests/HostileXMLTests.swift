import Foundation
import ResolintAKN
import ResolintKit
import Testing

/// XML from anywhere is read safely: no external entity, no entity expansion, no network; each
/// hostile or broken file gets one clear error with its line.
@Suite struct HostileXMLTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let xml: String
        let line: Int?
        let message: String
        var testDescription: String { name }
    }

    static let cases = [
        Case(
            name: "attribute flood",
            xml:
                "<?xml version=\"1.0\"?>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement "
                + (0..<300).map { "a\($0)=\"v\"" }.joined(separator: " ") + "/></akomaNtoso>",
            line: 2, message: "more than 256 attributes"),
        Case(
            name: "external entity",
            xml: """
                <?xml version="1.0"?>
                <!DOCTYPE akomaNtoso [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement>&secret;</statement></akomaNtoso>
                """, line: 2, message: "document type declaration"),
        Case(
            name: "billion laughs",
            xml: """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                 <!ENTITY lol "lol">
                 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                ]>
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&lol3;</akomaNtoso>
                """, line: 2, message: "document type declaration"),
        Case(
            name: "not XML at all", xml: "The General Assembly,\n\n1. Decides to act.\n", line: 1,
            message: "not well-formed XML"),
        Case(
            name: "wrong namespace",
            xml: "<?xml version=\"1.0\"?>\n<akomaNtoso xmlns=\"http://www.akomantoso.org/2.0\"><act/></akomaNtoso>\n",
            line: 2, message: "not Akoma Ntoso 3.0"),
        Case(
            name: "truncated",
            xml:
                "<?xml version=\"1.0\"?>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n<statement>",
            line: 3, message: "not well-formed XML"),
    ]

    @Test(arguments: cases)
    func refused(_ hostile: Case) throws {
        let reader = DocumentReader(formats: [AKNReader()])
        do {
            _ = try reader.read(data: Data(hostile.xml.utf8), path: "hostile.xml")
            Issue.record("read without error")
        } catch {
            guard case .malformed(let path, let line, let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == "hostile.xml")
            #expect(line == hostile.line)
            #expect(message.contains(hostile.message), "\(message)")
        }
    }

    /// The validator refuses the same files instead of loading anything.
    @Test(.enabled(if: AKNFixtures.validator != nil))
    func validatorRefusesEntities() throws {
        let validator = try #require(AKNFixtures.validator)
        let violations = validator.validate(xml: Self.cases[0].xml, path: "hostile.xml")
        #expect(violations.count == 1)
        #expect(violations.first?.line == 2)
    }
}

/// A schema given with `--schema` is untrusted XML too: it may not declare entities, nor make
/// the validator read a file outside its folder or anything from the network.
@Suite struct HostileSchemaTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func schema(_ name: String, _ body: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(body.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func refusal(_ path: String) -> String? {
        do {
            _ = try SchemaValidator(schemaPath: path)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func entitiesAreRefused() throws {
        let path = try schema(
            "dtd.xsd",
            """
            <?xml version="1.0"?>
            <!DOCTYPE s [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">&e;</xs:schema>
            """)
        #expect(refusal(path)?.contains("document type declaration") == true)
    }

    @Test func nothingOutsideTheSchemaFolderIsRead() throws {
        for location in ["/etc/passwd", "http://127.0.0.1:9/remote.xsd", "../elsewhere.xsd"] {
            let path = try schema(
                "include.xsd",
                """
                <?xml version="1.0"?>
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:include schemaLocation="\(location)"/>
                  <xs:element name="a" type="xs:string"/>
                </xs:schema>
                """)
            let message = refusal(path)
            #expect(message?.contains("not a usable schema") == true, "\(location): \(message ?? "loaded")")
        }
    }

    @Test func aSchemaThatImportsFromItsFolderLoads() throws {
        _ = try schema(
            "part.xsd",
            """
            <?xml version="1.0"?>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="b" type="xs:string"/></xs:schema>
            """)
        let path = try schema(
            "main.xsd",
            """
            <?xml version="1.0"?>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="part.xsd"/></xs:schema>
            """)
        let validator = try SchemaValidator(schemaPath: path)
        #expect(validator.validate(xml: "<b>text</b>", path: "b.xml").isEmpty)
        #expect(!validator.validate(xml: "<c/>", path: "c.xml").isEmpty)
    }
}
