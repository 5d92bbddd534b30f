import ResolintAKN

/// The WordprocessingML the redline writes: runs, the document and footnotes parts, and the
/// fixed parts of a package (styles, settings, relationships, content types).
enum WordXML {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Text escaped for XML content and attributes, as the Akoma Ntoso writer escapes it.
    static func escape(_ text: String) -> String { XMLBuilder.escape(text, attribute: true) }

    /// One run of text: tabs as `w:tab`, spaces kept, italic or deleted as asked.
    static func run(_ text: String, italic: Bool = false, deleted: Bool = false) -> String {
        let open = deleted ? "<w:delText xml:space=\"preserve\">" : "<w:t xml:space=\"preserve\">"
        let close = deleted ? "</w:delText>" : "</w:t>"
        var xml = italic ? "<w:r><w:rPr><w:i/></w:rPr>" : "<w:r>"
        func append(_ part: Substring) {
            if !part.isEmpty { xml += open + escape(String(part)) + close }
        }
        if text.utf8.contains(UInt8(ascii: "\t")) {
            for (index, part) in text.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { xml += "<w:tab/>" }
                append(part)
            }
        } else {
            append(text[...])
        }
        return xml + "</w:r>"
    }

    static func document(body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(main)" xmlns:r="\(relationships)"><w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>
        """
    }

    /// The footnotes part: the two separators Word expects, then the notes.
    /// The footnotes part: each note's runs after its reference mark.
    static func footnotes(_ notes: [(id: Int, runs: String)]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:footnotes xmlns:w="\(main)" xmlns:r="\(relationships)">\
            <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
            <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
            """
        for note in notes {
            xml += "<w:footnote w:id=\"\(note.id)\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>"
            xml += "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>"
            xml += note.runs + "</w:p></w:footnote>"
        }
        return xml + "</w:footnotes>"
    }

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="\(main)">\
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/><w:ind w:left="1247" w:hanging="1247"/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Preamble"><w:name w:val="Preamble"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="1247" w:firstLine="624"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Operative"><w:name w:val="Operative"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="1871"/></w:tabs><w:ind w:left="1247" w:firstLine="624"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Subparagraph"><w:name w:val="Subparagraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="2495" w:hanging="624"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Subparagraph2"><w:name w:val="Subparagraph 2"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="3119" w:hanging="624"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Adoption"><w:name w:val="Adoption"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="17"/></w:rPr></w:style>\
        <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
        </w:styles>
        """

    /// Changes go on being tracked when someone edits the redline.
    static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="\(main)"><w:trackRevisions/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr></w:settings>
        """

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>\
        </Relationships>
        """
}
