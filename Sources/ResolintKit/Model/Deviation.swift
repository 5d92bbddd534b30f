/// How a written citation, date or reference departs from its canonical form: what kind of
/// departure, where (Unicode-scalar offsets in the paragraph's text), and what should stand
/// there instead when that is certain. The scanners that read citations and dates produce
/// deviations; each citation and date rule reports one kind. (A reference to a paragraph that
/// does not exist needs the whole document: `CrossReferenceRule` checks those.)
public struct Deviation: Hashable, Sendable {
    /// One kind per rule.
    public enum Kind: String, CaseIterable, Sendable {
        /// "December 18, 2002", "18th Dec. 2002", "29 july 2021", "18-25 April 2005".
        case dateForm
        /// "31 February 2003".
        case invalidDate
        /// "57 / 173", "57-173".
        case numberForm
        /// "Res. 57/173", "Dec. 57/512".
        case nounInFull
        /// "ECOSOC resolution", "SC res.".
        case organName
        /// "31/16A", "31/16 (A)".
        case letterSuffix
        /// "1373(2001)".
        case parenthesisSpace
        /// "Security Council resolution 1373", "1373/2001", "1373 (01)".
        case securityCouncilYear
        /// "resolution 2003/24" without the Economic and Social Council's name.
        case organMissing
        /// "resolution 57/173 dated 18 December 2002", "57/173, 18 December 2002", "57/173 18 December 2002".
        case dateJoint
        /// "resolution 55/25 and 55/255", "resolutions 57/173 of 18 December 2002,".
        case nounNumber
        /// "A/RES/57/173" or "(A/58/222)" in the running text.
        case symbolInText
        /// "resolution 57/173 of 18 December 2001": the date is outside the resolution's session or year.
        case dateFit
        /// "General Assembly resolution 55/25" in the Assembly's own text.
        case selfCitation
    }

    public let kind: Kind
    /// The departing text, in Unicode-scalar offsets of the paragraph's text.
    public let range: Range<Int>
    /// What should replace `range`, when it is certain.
    public let replacement: String?
    /// What is wrong, in the words of a finding: `write "31/16 A", not "31/16A"`.
    public let message: String

    public init(_ kind: Kind, _ range: Range<Int>, replacement: String? = nil, message: String) {
        self.kind = kind
        self.range = range
        self.replacement = replacement
        self.message = message
    }
}
