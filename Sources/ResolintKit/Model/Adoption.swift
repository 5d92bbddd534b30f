/// The closing block of an adopted resolution: the meeting and the date of adoption.
public struct Adoption: Hashable, Sendable {
    /// E.g. "77th plenary meeting".
    public var meeting: String?
    /// The date as ISO 8601, e.g. "2003-12-22".
    public var date: String?
    /// True when the date came from the masthead ("Resolution adopted by … on …") because the
    /// closing block does not print it.
    public var dateFromMasthead: Bool
    /// The closing block in the file; `nil` when there is none.
    public var range: SourceRange?

    public init(meeting: String?, date: String?, dateFromMasthead: Bool = false, range: SourceRange?) {
        self.meeting = meeting
        self.date = date
        self.dateFromMasthead = dateFromMasthead
        self.range = range
    }
}
