/// Which text of a document with tracked changes is read: the text with every change accepted
/// (the draft as it now stands, the default) or rejected (the text the changes were made to).
public enum WordRevisions: String, Sendable, CaseIterable {
    case accept, reject
}
