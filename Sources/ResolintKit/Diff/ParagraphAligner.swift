/// Pairs the paragraphs of two resolutions: the same text first, then texts that differ only by
/// technical updates, then the most alike among candidates that share rare words. Each
/// paragraph is compared with a handful of candidates only, never with all the others, so the
/// work grows about linearly with the number of paragraphs.
struct ParagraphAligner {
    struct Unit: Sendable {
        let place: ParagraphPlace
        let text: String
        let tokens: [DiffToken]
        /// The tokens' keys as numbers of the diff's `Vocabulary`, one for each token.
        let ids: [Int32]
        /// Global reading position: preamble, operative part, annexes.
        let position: Int

        /// The words' ids, punctuation left out.
        var words: [Int32] { words(upTo: .max) }

        /// The first `limit` words' ids, punctuation left out.
        func words(upTo limit: Int) -> [Int32] {
            var words: [Int32] = []
            for (token, id) in zip(tokens, ids) where token.kind != .punctuation {
                guard words.count < limit else { break }
                words.append(id)
            }
            return words
        }

        var wordCount: Int { tokens.count { $0.kind != .punctuation } }

        /// The ids with each technical token (number, date, year, session ordinal) as its kind
        /// only: equal for texts that differ only in typography and technical updates.
        var technicalKey: [Int32] {
            zip(tokens, ids).map { token, id in
                switch token.kind {
                case .resolutionNumber: -1
                case .date: -2
                case .year: -3
                case .sessionOrdinal: -4
                case .number: -5
                case .word, .punctuation: id
                }
            }
        }
    }

    /// Candidates compared per paragraph.
    static let candidates = 8
    /// Below this similarity two paragraphs are not the same paragraph.
    static let threshold = 0.5

    /// For each new unit, the index of its old unit, if any.
    /// `vocabulary` is the one the units' ids are numbers of.
    static func align(old: [Unit], new: [Unit], vocabulary: inout Vocabulary) -> [Int?] {
        var match = [Int?](repeating: nil, count: new.count)
        var taken = [Bool](repeating: false, count: old.count)
        // Each pass computes what it compares for the paragraphs still unpaired only: on long
        // texts most are paired by the first.
        // 1. The same words, then the same words but for technical updates: in order.
        for technical in [false, true] {
            func key(_ unit: Unit) -> [Int32] { technical ? unit.technicalKey : unit.ids }
            var byKey: [[Int32]: [Int]] = [:]
            byKey.reserveCapacity(old.count)
            for index in old.indices where !taken[index] {
                byKey[key(old[index]), default: []].append(index)
            }
            for (index, unit) in new.enumerated() where match[index] == nil {
                let unitKey = key(unit)
                guard var list = byKey[unitKey], !list.isEmpty else { continue }
                let best =
                    list.min { abs(old[$0].position - unit.position) < abs(old[$1].position - unit.position) }
                    ?? list[0]
                list.removeAll { $0 == best }
                byKey[unitKey] = list
                match[index] = best
                taken[best] = true
            }
        }

        // 2. The rest: candidates by shared rare words, best similarity first.
        var postings: [Int32: [Int]] = [:]
        for index in old.indices where !taken[index] {
            for id in Set(old[index].words) { postings[id, default: []].append(index) }
        }
        let common = max(8, old.count / 20)
        // Each paragraph's words and word pairs are counted once, however often it is a
        // candidate: one long paragraph against many short ones stays linear.
        var oldProfiles = [Profile?](repeating: nil, count: old.count)
        var newProfiles = [Profile?](repeating: nil, count: new.count)
        func oldProfile(_ index: Int) -> Profile {
            if let profile = oldProfiles[index] { return profile }
            let profile = Profile(old[index].words)
            oldProfiles[index] = profile
            return profile
        }
        func newProfile(_ index: Int) -> Profile {
            if let profile = newProfiles[index] { return profile }
            let profile = Profile(new[index].words)
            newProfiles[index] = profile
            return profile
        }
        var pairs: [(similarity: Double, new: Int, old: Int, distance: Int)] = []
        for (index, unit) in new.enumerated() where match[index] == nil {
            let profile = newProfile(index)
            var shared: [Int: Int] = [:]
            for id in Set(unit.words) {
                guard let list = postings[id], list.count <= common else { continue }
                for candidate in list { shared[candidate, default: 0] += 1 }
            }
            let best = shared.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(candidates)
            for (candidate, _) in best {
                let similarity = oldProfile(candidate).similarity(to: profile)
                if similarity >= threshold {
                    pairs.append((similarity, index, candidate, abs(old[candidate].position - unit.position)))
                }
            }
        }
        pairs.sort { ($0.similarity, -$0.distance, -$0.new) > ($1.similarity, -$1.distance, -$1.new) }
        for pair in pairs where match[pair.new] == nil && !taken[pair.old] {
            match[pair.new] = pair.old
            taken[pair.old] = true
        }

        // 3. Paragraphs rewritten around an opening of their own.
        let oldOpenings = openings(old, &vocabulary)
        let newOpenings = openings(new, &vocabulary)
        var byBeginning: [[Int32]: [Int]] = [:]
        for index in old.indices where !taken[index] {
            byBeginning[Array(oldOpenings.words[index].prefix(2)), default: []].append(index)
        }
        var openingPairs: [(similarity: Double, new: Int, old: Int)] = []
        for index in new.indices where match[index] == nil {
            guard let list = byBeginning[Array(newOpenings.words[index].prefix(2))], list.count <= candidates
            else { continue }
            for candidate in list {
                let shared = commonPrefix(oldOpenings.words[candidate], newOpenings.words[index])
                guard shared > oldOpenings.sharedWithOthers[candidate], shared > newOpenings.sharedWithOthers[index],
                    shared * 4 >= min(old[candidate].wordCount, new[index].wordCount),
                    subjectWords(new[index].tokens, before: shared) >= 2
                else { continue }
                let similarity = oldProfile(candidate).similarity(to: newProfile(index))
                if similarity >= threshold / 2 { openingPairs.append((similarity, index, candidate)) }
            }
        }
        openingPairs.sort { ($0.similarity, -$0.new, -$0.old) > ($1.similarity, -$1.new, -$1.old) }
        for pair in openingPairs where match[pair.new] == nil && !taken[pair.old] {
            match[pair.new] = pair.old
            taken[pair.old] = true
        }
        return match
    }

    // Pass 3: a paragraph rewritten around its opening. An old and a new paragraph that open
    // with words that are theirs alone — longer than the opening either shares with any other
    // paragraph of its text, a quarter of the shorter at least, and with two words of subject
    // after the verb (words that are not the grammar's: "the", "of", "its", "also"), so more
    // than a formula such as "Recalling also its" — are the same paragraph when they are alike
    // at half of `threshold`. Drafters rewrite a paragraph's content and keep its opening
    // ("Urges all States and regional economic organizations that have not yet done so to"),
    // and a paragraph moved between preamble and operative part keeps its opening but for the
    // form of the verb ("Emphasizing the importance of …" becomes "Emphasizes the importance
    // of …"), so the verb is compared in either form. Openings are looked up by their first
    // words; a beginning many paragraphs share is a formula and is not looked at.

    /// The words among the opening's first `count`, after the verb, that are not the grammar's.
    private static func subjectWords(_ tokens: [DiffToken], before count: Int) -> Int {
        let words = tokens.lazy.filter { $0.kind != .punctuation }.prefix(count).dropFirst()
        return words.count { !TextPatterns.connectors.contains($0.key) }
    }

    /// Words of an opening compared: enough to tell an opening from a formula.
    private static let openingLength = 24

    /// Each paragraph's opening words (case folded, punctuation left out, the verb as
    /// `verbStem`), and how many of its opening words it shares with the paragraph of the same
    /// text whose opening is most like its own: the openings sorted, each one's longest shared
    /// beginning is with a neighbour in that order.
    private static func openings(
        _ units: [Unit], _ vocabulary: inout Vocabulary
    ) -> (words: [[Int32]], sharedWithOthers: [Int]) {
        var words: [[Int32]] = []
        words.reserveCapacity(units.count)
        for unit in units {
            var opening = unit.words(upTo: openingLength)
            if !opening.isEmpty, let verb = unit.tokens.first(where: { $0.kind != .punctuation }) {
                opening[0] = vocabulary.id(verbStem(verb.key))
            }
            words.append(opening)
        }
        let order = words.indices.sorted { words[$0].lexicographicallyPrecedes(words[$1]) }
        var shared = [Int](repeating: 0, count: units.count)
        for (first, second) in zip(order, order.dropFirst()) {
            let length = commonPrefix(words[first], words[second])
            shared[first] = max(shared[first], length)
            shared[second] = max(shared[second], length)
        }
        return (words, shared)
    }

    /// A verb the same in its preambular and operative forms: "emphasizing" and "emphasizes"
    /// are "emphasiz", "recalling" and "recalls" "recall", "noting" and "notes" "not".
    static func verbStem(_ word: String) -> String {
        for ending in ["ing", "es", "s", "e"] where word.count > ending.count + 2 && word.hasSuffix(ending) {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    private static func commonPrefix(_ a: [Int32], _ b: [Int32]) -> Int {
        var length = 0
        while length < a.count, length < b.count, a[length] == b[length] { length += 1 }
        return length
    }

    /// How alike two texts are: the mean of Dice's coefficient over their words and over their
    /// word pairs (punctuation left out). Words alone make paragraphs on one subject look alike;
    /// pairs of words tell a paragraph from another that only shares its vocabulary.
    /// The similarity of two units, from their ids.
    static func similarity(_ a: Unit, _ b: Unit) -> Double {
        func words(_ unit: Unit) -> [Int32] {
            zip(unit.tokens, unit.ids).compactMap { $0.kind == .punctuation ? nil : $1 }
        }
        return Profile(words(a)).similarity(to: Profile(words(b)))
    }

    static func similarity(_ a: [DiffToken], _ b: [DiffToken]) -> Double {
        var vocabulary = Vocabulary()
        return Profile(a, &vocabulary).similarity(to: Profile(b, &vocabulary))
    }

    /// Each word of the texts compared, as a number: a profile is then counted and compared
    /// in numbers, with no string built or hashed twice.
    struct Vocabulary {
        private var ids: [String: Int32] = [:]

        init() {}

        mutating func id(_ word: String) -> Int32 {
            if let id = ids[word] { return id }
            let id = Int32(ids.count)
            ids[word] = id
            return id
        }
    }

    /// A text's words and word pairs as multisets (sorted numbers of a `Vocabulary`).
    struct Profile {
        let words: [Int32]
        let pairs: [Int64]

        init(_ tokens: [DiffToken], _ vocabulary: inout Vocabulary) {
            var ids: [Int32] = []
            ids.reserveCapacity(tokens.count)
            for token in tokens where token.kind != .punctuation { ids.append(vocabulary.id(token.key)) }
            self.init(ids)
        }

        /// The profile of a text's words, in order, as numbers.
        init(_ ids: [Int32]) {
            pairs = zip(ids, ids.dropFirst()).map { Int64($0) << 32 | Int64($1) }.sorted()
            words = ids.sorted()
        }

        func similarity(to other: Profile) -> Double {
            guard !words.isEmpty || !other.words.isEmpty else { return 1 }
            return (Self.dice(words, other.words) + Self.dice(pairs, other.pairs)) / 2
        }

        /// Dice's coefficient of two sorted multisets: twice the shared count over the sizes.
        static func dice<T: Comparable>(_ a: [T], _ b: [T]) -> Double {
            guard !a.isEmpty || !b.isEmpty else { return 1 }
            var (i, j, shared) = (0, 0, 0)
            while i < a.count, j < b.count {
                if a[i] == b[j] {
                    shared += 1
                    i += 1
                    j += 1
                } else if a[i] < b[j] {
                    i += 1
                } else {
                    j += 1
                }
            }
            return Double(2 * shared) / Double(a.count + b.count)
        }
    }
}
