/// The lines printed above the title of an issued resolution, and what they say.
public struct Masthead: Hashable, Sendable {
    /// Every masthead line, in order, as read.
    public var lines: [TextNode] = []
    /// ISO date from "Distr.: General 15 October 2025".
    public var distributionDate: String?
    /// E.g. "Eightieth session".
    public var session: String?
    /// E.g. "Agenda item 13 Integrated and coordinated implementation …".
    public var agendaItem: String?
    /// ISO date from "Resolution adopted by the General Assembly on 14 October 2025" or "Adopted
    /// by the Security Council at its 9490th meeting, on 30 December 2023".
    public var adoptionDate: String?
    /// The meeting where the masthead names it ("9490th meeting"), as Security Council texts do.
    public var adoptionMeeting: String?
    /// E.g. "[on the report of the First Committee (A/80/534, para. 7)]".
    public var reference: String?
    /// The document's own symbol, printed at the top right: "A/RES/80/14", or a draft's
    /// "A/C.3/80/L.12".
    public var symbol: String?
    /// The main committee a draft comes from: "Third Committee".
    public var committee: String?
    /// Who submits a draft: "Austria, Italy and Japan" of "Austria, Italy and Japan: draft
    /// resolution", or "President of the General Assembly".
    public var sponsors: String?

    /// True for a draft: "Distr.: Limited", an L-document symbol ("A/C.3/80/L.12"), or a
    /// sponsors' line ("…: draft resolution").
    public var isDraft: Bool {
        sponsors != nil || symbol.map { $0.split(separator: "/").contains { $0.hasPrefix("L.") } } == true
            || lines.contains { $0.text.contains("Distr.: Limited") }
    }

    public init() {}
}
