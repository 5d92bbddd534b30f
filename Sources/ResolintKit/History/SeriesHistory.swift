/// The history of every paragraph through a series of texts of one resolution — successive
/// years, oldest first: in which text each paragraph first appeared, in which it changed (and
/// whether only technically), moved or changed part, and, for a paragraph no longer there, the
/// last text that had it. Built by chaining the structural alignment (`Differ`) of each pair of
/// neighbouring texts; a paragraph that is dropped and comes back later is found again by the
/// same test of likeness the alignment uses.
public struct SeriesHistory: Sendable {
    /// One text of the series.
    public struct Text: Sendable {
        public let symbol: String?
        /// ISO date of adoption, when the text gives one.
        public let date: String?
        public let path: String

        /// How outputs name it: the symbol, or the file.
        public var name: String { symbol ?? path }
    }

    /// A paragraph as it stood in one text.
    public struct Version: Sendable {
        public let text: Int
        public let place: ParagraphPlace
        public let words: String
        /// Against the paragraph's previous version: unchanged, amended or (first) added.
        public let kind: ParagraphChange.Kind
        /// Every word change a technical update.
        public let technical: Bool
        /// Its place among the kept paragraphs changed, or its part.
        public let moved: Bool
        /// The word changes against the previous version.
        public let changes: [WordChange]
    }

    /// One paragraph through the series.
    public struct Lineage: Sendable {
        public internal(set) var versions: [Version]

        /// The text in which it first appeared.
        public var since: Int { versions[0].text }
        /// The last text that has it.
        public var last: Int { versions[versions.count - 1].text }
        /// The texts in which it changed, technically or not.
        public var changedIn: [Int] { versions.filter { $0.kind == .amended }.map(\.text) }
        public var movedIn: [Int] { versions.filter(\.moved).map(\.text) }
        /// Texts in which it was absent between its first and last (dropped and brought back).
        public var absentIn: [Int] {
            let present = Set(versions.map(\.text))
            return (since...last).filter { !present.contains($0) }
        }
    }

    /// What changed from the text before, for each text after the first.
    public struct Step: Sendable {
        public let text: Int
        public let summary: DiffSummary
        /// Paragraphs dropped in this text, and those brought back after a gap.
        public let dropped: Int
        public let broughtBack: Int
    }

    public let texts: [Text]
    public let lineages: [Lineage]
    public let steps: [Step]

    /// The paragraphs of the latest text, in its order.
    public var current: [Lineage] {
        lineages.filter { $0.last == texts.count - 1 }.sorted {
            order($0.versions.last!.place) < order($1.versions.last!.place)
        }
    }

    /// The paragraphs no longer in the latest text, by the last text that had them.
    public var dropped: [Lineage] {
        lineages.filter { $0.last < texts.count - 1 }.sorted {
            let (a, b) = (order($0.versions.last!.place), order($1.versions.last!.place))
            return ($0.last, a.0, a.1) < ($1.last, b.0, b.1)
        }
    }

    /// How many paragraphs of the latest text first appeared at least `years` texts before it.
    public func olderThan(_ years: Int) -> Int {
        current.filter { texts.count - 1 - $0.since >= years }.count
    }

    func order(_ place: ParagraphPlace) -> (Int, Int) {
        switch place.section {
        case .preamble: (0, place.index)
        case .operative: (1, place.index)
        case .annex(let index): (2 + index, place.index)
        }
    }
}

extension SeriesHistory {
    /// The history of `resolutions`, oldest first.
    public init(_ resolutions: [Resolution]) {
        texts = resolutions.map {
            Text(symbol: $0.symbol, date: $0.adoption?.date ?? $0.masthead.adoptionDate, path: $0.path)
        }
        var lineages: [Lineage] = []
        var steps: [Step] = []
        guard let first = resolutions.first else {
            self.lineages = []
            self.steps = []
            return
        }
        /// The lineage of each paragraph of the text just handled, by its place.
        var byPlace: [ParagraphPlace: Int] = [:]
        var vocabulary = ParagraphAligner.Vocabulary()
        for unit in Differ.units(first, &vocabulary) {
            byPlace[unit.place] = lineages.count
            lineages.append(
                Lineage(versions: [
                    Version(
                        text: 0, place: unit.place, words: unit.text, kind: .added, technical: false, moved: false,
                        changes: [])
                ]))
        }
        // The paragraphs absent from the text before this one, by their words, for finding one
        // that comes back.
        var absent = AbsentParagraphs()
        for index in resolutions.indices.dropFirst() {
            // Those last seen two texts ago were absent from the last one: they may come back.
            for lineage in lineages.indices where lineages[lineage].last == index - 2 {
                absent.add(lineage, words: lineages[lineage].versions.last!.words)
            }
            let diff = Differ().diff(old: resolutions[index - 1], new: resolutions[index])
            var next: [ParagraphPlace: Int] = [:]
            var broughtBack = 0
            var dropped = 0
            for change in diff.changes {
                guard let new = change.new else {
                    dropped += 1
                    continue
                }
                let words = change.newText ?? ""
                if let old = change.old, let lineage = byPlace[old] {
                    // A text whose words are the same but for spaces an extraction put inside
                    // them is the same text.
                    let amended = change.kind == .amended && !change.onlySpacing
                    lineages[lineage].versions.append(
                        Version(
                            text: index, place: new, words: words, kind: amended ? .amended : .unchanged,
                            technical: amended && change.technical, moved: change.moved,
                            changes: amended ? change.words : []))
                    next[new] = lineage
                    continue
                }
                // New here: a paragraph dropped before may be coming back.
                let tokens = DiffTokenizer.tokens(words)
                let best = absent.candidates(for: tokens).filter { lineages[$0].last < index - 1 }.map {
                    ($0, ParagraphAligner.similarity(absent.tokens[$0] ?? [], tokens))
                }
                .filter { $0.1 >= ParagraphAligner.threshold }
                .max { ($0.1, -$0.0) < ($1.1, -$1.0) }
                if let (lineage, _) = best {
                    let previous = lineages[lineage].versions.last!.words
                    let same = previous == words
                    lineages[lineage].versions.append(
                        Version(
                            text: index, place: new, words: words, kind: same ? .unchanged : .amended,
                            technical: !same && Differ.isTechnical(DiffTokenizer.tokens(previous), tokens),
                            moved: false,
                            changes: same ? [] : Differ.wordChanges(previous, words)))
                    next[new] = lineage
                    broughtBack += 1
                    continue
                }
                next[new] = lineages.count
                lineages.append(
                    Lineage(versions: [
                        Version(
                            text: index, place: new, words: words, kind: .added, technical: false, moved: false,
                            changes: [])
                    ]))
            }
            steps.append(Step(text: index, summary: diff.summary, dropped: dropped, broughtBack: broughtBack))
            byPlace = next
        }
        self.lineages = lineages
        self.steps = steps
    }
}

/// The paragraphs of a series no longer there, indexed by their words as the aligner indexes a
/// text's: a paragraph new in a text is compared with the few that share most of its rarer
/// words, never with every paragraph dropped before, so that a long series costs what its
/// texts cost.
struct AbsentParagraphs {
    private(set) var tokens: [Int: [DiffToken]] = [:]
    private var postings: [String: [Int]] = [:]
    /// The words each paragraph is indexed under: one that comes back and goes again is
    /// indexed under its new words too, once each.
    private var keys: [Int: Set<String>] = [:]

    mutating func add(_ lineage: Int, words: String) {
        let tokens = DiffTokenizer.tokens(words)
        self.tokens[lineage] = tokens
        for key in Set(tokens.lazy.filter { $0.kind != .punctuation }.map(\.key))
        where keys[lineage, default: []].insert(key).inserted {
            postings[key, default: []].append(lineage)
        }
    }

    /// The absent paragraphs that share most of the rarer words of `tokens`, a handful at most.
    func candidates(for tokens: [DiffToken]) -> [Int] {
        let common = max(ParagraphAligner.candidates, self.tokens.count / 20)
        var shared: [Int: Int] = [:]
        for key in Set(tokens.lazy.filter { $0.kind != .punctuation }.map(\.key)) {
            guard let list = postings[key], list.count <= common else { continue }
            for lineage in list { shared[lineage, default: 0] += 1 }
        }
        return shared.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(ParagraphAligner.candidates).map(
            \.key)
    }
}
