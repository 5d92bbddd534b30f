import Testing

@testable import ResolintKit

/// `SeriesHistory` on a synthetic series of ten years built from a real text by the edits a
/// rollover makes, where the lineage of every paragraph is known by construction, and on the
/// real series 57/173 → 58/140 → 59/159, checked against what reading the texts shows.
@Suite struct SeriesHistoryTests {
    /// A paragraph of the synthetic series: who it is, its part and its words.
    struct Tracked {
        let id: String
        var operative: Bool
        var text: String
    }

    /// Ten texts from 80/14's paragraphs. Year by year: 1 an operative paragraph amended and a
    /// new one added; 2 a preambular paragraph dropped and a date updated (technical); 3 an
    /// operative paragraph moved to the end; 4 nothing; 5 the dropped paragraph brought back
    /// as it was; 6 the new paragraph amended; 7 an operative paragraph dropped; 8 another
    /// added; 9 the first preambular paragraph amended.
    static func series() throws -> (texts: [Resolution], years: [[Tracked]]) {
        let base = try Fixtures.resolution("corpus/A-RES-80-14.md")
        var current =
            base.preamble.enumerated().map { Tracked(id: "p\($0.offset)", operative: false, text: $0.element.text) }
            + base.operative.enumerated().map { Tracked(id: "o\($0.offset)", operative: true, text: $0.element.text) }
        var years = [current]
        var set: [Tracked] = []
        for year in 1..<10 {
            switch year {
            case 1:
                let index = current.firstIndex { $0.id == "o0" }!
                current[index].text = String(current[index].text.dropLast()) + " and to report thereon;"
                current.append(
                    Tracked(
                        id: "n1", operative: true, text: "Encourages all States to cooperate fully with the Conference;"
                    ))
            case 2:
                set.append(current.remove(at: current.firstIndex { $0.id == "p1" }!))
                let dated = current.firstIndex { $0.text.contains(" 2024") }!
                current[dated].text = current[dated].text.replacingOccurrences(of: " 2024", with: " 2025")
            case 3:
                let moved = current.remove(at: current.firstIndex { $0.id == "o1" }!)
                current.append(moved)
            case 5:
                current.insert(set.removeFirst(), at: 1)
            case 6:
                let index = current.firstIndex { $0.id == "n1" }!
                current[index].text =
                    "Encourages all States and international organizations to cooperate fully with the Conference;"
            case 7:
                current.remove(at: current.firstIndex { $0.id == "o2" }!)
            case 8:
                current.append(
                    Tracked(id: "n2", operative: true, text: "Decides to review progress at its next session;"))
            case 9:
                current[0].text = current[0].text.replacingOccurrences(of: "Recalling", with: "Recalling also")
            default:
                break
            }
            years.append(current)
        }
        let texts = years.enumerated().map { year, paragraphs in
            var blocks = ["The General Assembly,"]
            blocks += paragraphs.filter { !$0.operative }.map(\.text)
            blocks += paragraphs.filter(\.operative).enumerated().map { "\($0.offset + 1). \($0.element.text)" }
            return ResolutionParser().parse(
                SourceText(path: "year-\(year).txt", text: blocks.joined(separator: "\n\n") + "\n"))
        }
        return (texts, years)
    }

    @Test func syntheticSeriesIsFollowedExactly() throws {
        let (texts, years) = try Self.series()
        let history = SeriesHistory(texts)
        let last = years.last!
        #expect(history.current.count == last.count)
        // What each paragraph of the last year should say: its first year, the years its words
        // changed, the years it was absent.
        for (lineage, tracked) in zip(history.current, last.filter { !$0.operative } + last.filter(\.operative)) {
            let present = years.indices.filter { year in years[year].contains { $0.id == tracked.id } }
            let changed = present.dropFirst().filter { year in
                let before = present.last { $0 < year }!
                return years[year].first { $0.id == tracked.id }!.text
                    != years[before].first { $0.id == tracked.id }!.text
            }
            #expect(lineage.since == present.first, "\(tracked.id)")
            #expect(lineage.changedIn == Array(changed), "\(tracked.id)")
            #expect(
                lineage.absentIn == (present.first!...present.last!).filter { !present.contains($0) }, "\(tracked.id)")
        }
        #expect(history.lineages.first { $0.versions[0].words == years[0][1].text }?.absentIn == [2, 3, 4])
        #expect(history.dropped.count == 1, "operative paragraph o2, dropped in year 7")
        #expect(history.dropped.first?.last == 6)
        #expect(history.current.last { $0.versions.last!.words.hasPrefix("Decides to review") }?.since == 8)
        let moved = history.current.first { $0.versions[0].words == years[0].first { $0.id == "o1" }!.text }
        #expect(moved?.movedIn.contains(3) == true)
        let technical = history.lineages.flatMap(\.versions).filter { $0.text == 2 && $0.kind == .amended }
        #expect(
            technical.count == 1 && technical[0].technical,
            "the date updated in year 2 is technical: \(technical.map { ($0.words.prefix(60), $0.technical) })")
    }

    /// 57/173 → 58/140 → 59/159, checked by reading the three texts.
    @Test func realSeries() throws {
        let texts = try ["series/A-RES-57-173.txt", "series/A-RES-58-140.pdftotext.txt", "series/A-RES-59-159.txt"]
            .map(Fixtures.resolution)
        let history = SeriesHistory(texts)
        #expect(history.current.count == texts[2].preamble.count + texts[2].operative.count)
        let byStart = { (start: String) in history.current.first { $0.versions.last!.words.hasPrefix(start) } }
        // "Recalling its resolution 46/152 of 18 December 1991 …": in all three, word for word.
        let first = try #require(byStart("Recalling its resolution 46/152"))
        #expect(first.since == 0 && first.changedIn.isEmpty)
        // "Recalling also its resolution …": 56/123 in 57/173, then 57/173, then 58/140: the
        // rollover's technical update each year.
        let recalled = try #require(byStart("Recalling also its resolution 58/140"))
        #expect(recalled.since == 0 && recalled.changedIn == [1, 2])
        #expect(recalled.versions.dropFirst().allSatisfy { $0.technical })
        // Operative 17 of 58/140 ("Welcomes the entry into force …") is a preambular paragraph
        // of 59/159 ("Welcoming the entry into force in 2003 …"): since 58/140, moved and amended.
        let welcoming = try #require(byStart("Welcoming the entry into force in 2003"))
        #expect(welcoming.since == 1 && welcoming.changedIn == [2] && welcoming.movedIn == [2])
        #expect(welcoming.versions[0].place.section == .operative && welcoming.versions[1].place.section == .preamble)
    }

    /// Every paragraph of the latest text, in order, as "p3" (preambular 3) or "o17" (operative
    /// 17), with the text it first appeared in and the texts in which it changed.
    private static func lineage(_ history: SeriesHistory) -> [String: (since: Int, changedIn: [Int])] {
        var result: [String: (since: Int, changedIn: [Int])] = [:]
        for lineage in history.current {
            let place = lineage.versions.last!.place
            result["\(place.section == .preamble ? "p" : "o")\(place.index)"] = (lineage.since, lineage.changedIn)
        }
        return result
    }

    /// 57/173 → 58/140 → 59/159, every paragraph of 59/159 read against its predecessors (0 is
    /// 57/173, 1 is 58/140, 2 is 59/159). The reading, where it is not plain:
    /// - p3 ("Bearing in mind the United Nations Millennium Declaration, as well as the Vienna
    ///   Declaration … and the plans of action for its implementation") joins two paragraphs of
    ///   58/140, each there since 57/173 and amended in 58/140.
    /// - p9 is operative 17 of 58/140 ("Welcomes the entry into force …") moved to the preamble.
    /// - p10, p11 and p12 replace paragraphs of 58/140 by new ones (the opening of the
    ///   Convention against Corruption for signature; all relevant resolutions; all Economic and
    ///   Social Council resolutions), so they are new in 59/159.
    /// - o17 ("Urges all States and regional economic organizations that have not yet done so to
    ///   ratify or accede to …") is operative 15 of 57/173, rewritten each year around its opening.
    /// - o18 ("Emphasizes the importance of the expeditious entry into force of the Protocol
    ///   against … Firearms") is preambular 9 of 57/173 ("Emphasizing the importance of the
    ///   expeditious entry into force of the Convention and the Protocols thereto"), made
    ///   operative in 58/140 ("… of the remaining Protocols").
    /// - o20 (sign, ratify or accede to the Convention against Corruption) is new in 59/159.
    @Test func realSeriesEveryParagraph() throws {
        let texts = try ["series/A-RES-57-173.txt", "series/A-RES-58-140.pdftotext.txt", "series/A-RES-59-159.txt"]
            .map(Fixtures.resolution)
        let read: [String: (since: Int, changedIn: [Int])] = [
            "p1": (0, []), "p2": (0, [1, 2]), "p3": (0, [1, 2]), "p4": (0, [2]), "p5": (0, [2]), "p6": (0, [2]),
            "p7": (0, [1, 2]), "p8": (2, []), "p9": (1, [2]), "p10": (2, []), "p11": (2, []), "p12": (2, []),
            "p13": (1, [2]), "p14": (0, [2]), "p15": (0, [1, 2]), "p16": (0, [1, 2]),
            "o1": (0, [1, 2]), "o2": (0, []), "o3": (0, [1, 2]), "o4": (0, [1, 2]), "o5": (0, [1, 2]),
            "o6": (0, [1, 2]), "o7": (0, [1, 2]), "o8": (2, []), "o9": (0, [1, 2]), "o10": (0, [1, 2]),
            "o11": (0, []), "o12": (0, [1, 2]), "o13": (1, [2]), "o14": (0, [2]), "o15": (0, [1, 2]),
            "o16": (0, [1]), "o17": (0, [1, 2]), "o18": (0, [1, 2]), "o19": (0, [1]), "o20": (2, []),
            "o21": (0, [1]), "o22": (1, []), "o23": (0, [1, 2]),
        ]
        #expect(read.count == texts[2].preamble.count + texts[2].operative.count)
        let followed = Self.lineage(SeriesHistory(texts))
        #expect(followed.count == read.count)
        for (place, expected) in read.sorted(by: { $0.key < $1.key }) {
            let got = followed[place]
            #expect(got?.since == expected.since, "\(place): first in text \(got?.since ?? -1), read \(expected.since)")
            #expect(
                got?.changedIn == expected.changedIn,
                "\(place): changed in \(got?.changedIn ?? []), read \(expected.changedIn)")
        }
    }

    /// 75/196 → 76/187, every paragraph of 76/187 (74 preambular, 77 operative) read against
    /// 75/196: which are new, and which changed. A difference only in where the extraction put
    /// spaces ("fiel d", "sec urity", "money -laundering", common in both texts) is no change.
    /// Operative 50 did change: 75/196 says "the United Office on Drugs and Crime" and 76/187
    /// "the United Nations Office". Operatives 46 and 51 did not, once the reader takes the
    /// footnote rule glued to "Global Counter__________________" for the rule it is.
    @Test func realSeriesOfLongTexts() throws {
        let texts = try ["series/A-RES-75-196.txt", "series/A-RES-76-187.txt"].map(Fixtures.resolution)
        #expect(texts[1].preamble.count == 74 && texts[1].operative.count == 77)
        let new: Set<String> = [
            "p3", "p25", "p65", "p72", "o7", "o11", "o14", "o23", "o28", "o41", "o42", "o49", "o61", "o65", "o67",
        ]
        let changed: Set<String> = [
            "p1", "p8", "p10", "p12", "p16", "p19", "p20", "p26", "p27", "p28", "p30", "p36", "p37", "p38", "p41",
            "p43", "p52", "p55", "p59", "p60", "p62", "p67", "p69", "p70", "p73", "o1", "o3", "o6", "o8", "o10",
            "o12", "o16", "o21", "o22", "o26", "o27", "o47", "o50", "o59", "o60", "o63", "o66", "o68", "o70", "o71",
            "o72", "o73", "o74", "o75", "o77",
        ]
        let followed = Self.lineage(SeriesHistory(texts))
        #expect(followed.count == 151)
        for (place, got) in followed.sorted(by: { $0.key < $1.key }) {
            #expect(got.since == (new.contains(place) ? 1 : 0), "\(place): first in text \(got.since)")
            #expect(got.changedIn == (changed.contains(place) ? [1] : []), "\(place): changed in \(got.changedIn)")
        }
    }
}
