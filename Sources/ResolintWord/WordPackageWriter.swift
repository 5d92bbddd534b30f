import Foundation
import ZIPFoundation

/// Packs the parts of a `.docx` into a ZIP in memory, in a fixed order with a fixed date, so
/// that the same parts give the same bytes.
enum WordPackageWriter {
    /// 1 January 2000, the date every entry carries.
    static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    /// Parts smaller than this are stored: compressing a few hundred bytes costs more time than
    /// the bytes it saves.
    static let smallPart = 4096

    static func package(document: String, footnotes: String) throws -> [UInt8] {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", WordXML.contentTypes),
            ("_rels/.rels", WordXML.packageRelationships),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", WordXML.documentRelationships),
            ("word/styles.xml", WordXML.styles),
            ("word/settings.xml", WordXML.settings),
            ("word/footnotes.xml", footnotes),
        ]
        let archive = try Archive(accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                compressionMethod: data.count < Self.smallPart ? .none : .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw WordPackageWriterError.noData }
        return [UInt8](data)
    }
}

enum WordPackageWriterError: Error { case noData }
