/// A United Nations organ that adopts resolutions, as named in the formula that opens the text.
public enum Organ: String, CaseIterable, Sendable {
    case generalAssembly = "General Assembly"
    case securityCouncil = "Security Council"
    case economicAndSocialCouncil = "Economic and Social Council"
    case humanRightsCouncil = "Human Rights Council"

    /// The organ's name as printed, e.g. "General Assembly".
    public var name: String { rawValue }

    /// The prefix of the organ's resolution symbols, e.g. "A/RES/" for the General Assembly.
    public var symbolPrefix: String {
        switch self {
        case .generalAssembly: "A/RES/"
        case .securityCouncil: "S/RES/"
        case .economicAndSocialCouncil: "E/RES/"
        case .humanRightsCouncil: "A/HRC/RES/"
        }
    }
}
