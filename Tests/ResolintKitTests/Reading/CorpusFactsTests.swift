import Foundation
import ResolintKit
import Testing

/// One line of `Fixtures/corpus/facts.jsonl` (copied from `../shared/corpus/facts.jsonl`).
///
/// `operative` there counts the lines that start with a paragraph number, annexes included, and
/// `footnotes` the `[^k]:` lines; `opseq_ok` is false where that numbering is broken.
struct CorpusFact: Decodable, Sendable, CustomTestStringConvertible {
    let file: String
    let symbol: String
    let operative: Int
    let numberingIntact: Bool
    let footnotes: Int
    let meeting: String
    let date: String?

    var testDescription: String { file }

    enum CodingKeys: String, CodingKey {
        case file, symbol, operative, footnotes, meeting, date
        case numberingIntact = "opseq_ok"
    }

    static let all: [CorpusFact] = Fixtures.jsonLines("corpus/facts.jsonl")
}

@Suite struct CorpusFactsTests {
    @Test func factsAreThere() {
        #expect(CorpusFact.all.count == 30)
    }

    @Test(arguments: CorpusFact.all)
    func parsesAsTheFactsSay(fact: CorpusFact) throws {
        let resolution = try Fixtures.resolution("corpus/\(fact.file)")
        #expect(resolution.symbol == fact.symbol)
        #expect(resolution.organ == .generalAssembly)
        #expect(resolution.adoption?.meeting == fact.meeting)

        // Every `[^k]:` line is a footnote, or a line of the note before it that the extraction
        // turned into a note of its own, and the reader says so.
        let brokenNotes = resolution.diagnostics.filter { $0.message.contains("continues footnote") }
        #expect(resolution.footnotes.count + brokenNotes.count == fact.footnotes)
        #expect(Set(resolution.footnotes.map(\.marker)).count == resolution.footnotes.count)

        // The adoption date: from the closing block, or from the masthead where only it has one.
        let masthead = try #require(resolution.masthead.adoptionDate)
        #expect(resolution.adoption?.date == masthead)
        if let printed = fact.date {
            #expect(resolution.adoption?.dateFromMasthead == false)
            #expect(resolution.adoption?.date == isoDate(printed))
        } else {
            #expect(resolution.adoption?.dateFromMasthead == true)
        }

        if fact.numberingIntact {
            #expect(resolution.operative.count == fact.operative)
            #expect(resolution.operative.map(\.number) == (1...fact.operative).map { String($0) })
            #expect(resolution.annexes.isEmpty)
            #expect(!resolution.diagnostics.contains { $0.message.contains("missing") })
        } else {
            // The broken ones adopt an annex whose numbering the extraction damaged; the reader
            // reports the damage (see DamagedExtractionTests for what exactly).
            #expect(resolution.annexes.count == 1)
            #expect(resolution.diagnostics.contains { $0.severity == .warning })
        }
    }

    /// Where every note has one marker in the text, the reader finds every marker.
    @Test(arguments: CorpusFact.all)
    func everyFootnoteIsReferenced(fact: CorpusFact) throws {
        let resolution = try Fixtures.resolution("corpus/\(fact.file)")
        let referenced = Set(resolution.footnoteReferences.map(\.marker))
        #expect(referenced == Set(resolution.footnotes.map(\.marker)))
        let order = resolution.footnoteReferences.map(\.marker).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        #expect(order == resolution.footnotes.map(\.marker), "first references follow the notes' order")
    }

    private func isoDate(_ printed: String) -> String {
        let parts = printed.split(separator: " ")
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let month = (months.firstIndex(of: String(parts[1])) ?? 0) + 1
        let day = Int(parts[0]) ?? 0
        return "\(parts[2])-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}

/// The preambular paragraphs of each session-80 text, counted by reading (the evidence is in
/// `Fixtures/corpus/preambles.jsonl`; the shared facts give no preambular counts).
@Suite struct CorpusPreambleTests {
    struct Count: Decodable, Sendable, CustomTestStringConvertible {
        let file: String
        let preambular: Int
        var testDescription: String { file }
    }

    static let all: [Count] = Fixtures.jsonLines("corpus/preambles.jsonl")

    @Test func everyTextIsCounted() { #expect(Self.all.count == 30) }

    @Test(arguments: all)
    func preambleAsCounted(count: Count) throws {
        #expect(try Fixtures.resolution("corpus/\(count.file)").preamble.count == count.preambular)
    }
}
