/// A reference in a paragraph to a resolution or decision of a United Nations organ, as the
/// citation grammar reads it: "its resolution 57/173 of 18 December 2002", "Security Council
/// resolution 1373 (2001)", each number of "resolutions 53/111 and 53/114 of 9 December 1998".
/// A malformed citation is read too; the `Deviation`s of its paragraph's `CitedText` say what
/// its canonical form is.
public struct Citation: Hashable, Sendable {
    public enum Noun: String, Sendable { case resolution, decision }

    /// Who is named as having adopted it.
    public enum Issuer: Hashable, Sendable {
        /// "its resolution": the organ whose text this is.
        case own
        /// "Security Council resolution", or an abbreviation of the name ("SC resolution").
        case organ(Organ)
        /// Another body: "Commission on Crime Prevention and Criminal Justice resolution 25/2",
        /// "resolution 8/10 of the Conference of the States Parties".
        case other
        /// No one: "resolution 57/173", "Recalling resolution 2003/24".
        case unnamed
    }

    /// How the number is built.
    public enum Shape: Sendable {
        /// "57/173", "S-26/2", "ES-10/19", "31/16": session/number (General Assembly from the
        /// thirty-first session, Human Rights Council, other session-numbered bodies).
        case sessionNumber
        /// "2003/24": year/number (Economic and Social Council since 1978).
        case yearNumber
        /// "1373 (2001)": number (year) (Security Council).
        case numberYear
        /// "3363 (XXX)", "217 A (III)": number (session) (General Assembly to the thirtieth session).
        case numberSession
        /// "1373" alone: a Security Council resolution written without its year.
        case bare
    }

    public let noun: Noun
    public let issuer: Issuer
    /// The organ that adopted it, when the text or the number's shape says which.
    public let organ: Organ?
    public let shape: Shape
    /// The number in its canonical form: "57/173", "31/16 A", "1373 (2001)", "3363 (XXX)".
    public let number: String
    /// The letters of a lettered resolution, all of them for a list: "36/87 A and B" → ["A", "B"].
    public let letters: [String]
    /// The regular session of a General Assembly number ("57/173" → 57, "3363 (XXX)" → 30).
    public let session: Int?
    /// The year a number carries ("2003/24", "1373 (2001)").
    public let year: Int?
    /// Unicode-scalar offsets of the number as written, letters included.
    public let range: Range<Int>
    /// Where the noun ("resolution", "decisions", "Res.") stands; for a number of a list, the list's noun.
    public let nounRange: Range<Int>
    /// Where the issuer's name stands ("Security Council", "ECOSOC"), when one is written.
    public let issuerRange: Range<Int>?
    /// The whole citation as written: the noun (for the first number of a list), the number and
    /// its own date ("resolution 46/152 of 18 December 1991").
    public let extent: Range<Int>
    /// The date cited with it, or shared with it ("53/111 and 53/114 of 9 December 1998").
    public let date: WrittenDate?
}

/// A document symbol in a paragraph: "A/58/222", "NPT/CONF.2020/WP.77", "A/RES/57/173".
public struct DocumentSymbol: Hashable, Sendable {
    public let text: String
    /// Unicode-scalar offsets in the paragraph's text.
    public let range: Range<Int>
}

/// Everything the citation grammar reads in one paragraph: the citations, the document symbols,
/// the dates and the references to other paragraphs, with all their deviations in text order.
public struct CitedText: Sendable {
    public let citations: [Citation]
    public let symbols: [DocumentSymbol]
    public let dates: [WrittenDate]
    /// References to other paragraphs of the same text ("paragraph 7 above").
    public let references: [ParagraphReference]
    public let deviations: [Deviation]

    /// Reads `text`, a paragraph of a text adopted by `organ`.
    public init(_ text: String, organ: Organ) {
        self.init(ScalarScan(text), organ: organ)
    }

    /// Reads a paragraph already held as scalars.
    init(_ scan: ScalarScan, organ: Organ) {
        symbols = DocumentSymbolScanner.symbols(in: scan)
        dates = DateGrammar.dates(in: scan)
        references = ReferenceScanner.references(in: scan)
        let reading = CitationScanner.read(scan, symbols: symbols, organ: organ)
        citations = reading.citations
        deviations = (reading.deviations + dates.flatMap(\.deviations)).sorted {
            ($0.range.lowerBound, $0.range.upperBound, $0.kind.rawValue) < (
                $1.range.lowerBound, $1.range.upperBound, $1.kind.rawValue
            )
        }
    }
}
