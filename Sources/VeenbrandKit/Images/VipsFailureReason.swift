extension Vips.Failure {
    /// What went wrong, the same in every run: our own `words` when libvips' report was all
    /// there was (its error buffer is shared by every thread, so its text may be another's, or
    /// gone), else the message we wrote.
    func reason(otherwise words: String) -> String { isLibvipsReport ? words : message }
}
