/// Tells the caller which stage the build is in (for a progress line or stage timings), and
/// what the user should know while it waits.
public struct BuildProgress: Sendable {
    /// The stages, in order. Pages are streamed from the templates to the disk, so Markdown
    /// and the templates are rendered as files are written: that is one stage.
    public enum Stage: String, Sendable, CaseIterable {
        case load, parse, assemble, route
        case renderAndWrite = "render and write"
    }

    private let report: @Sendable (Stage) -> Void
    private let notify: @Sendable (String) -> Void

    /// Calls `report` as each stage begins, on the building thread, and `notice` with what the
    /// user should know while the build waits (another build of the same output is running).
    public init(_ report: @escaping @Sendable (Stage) -> Void, notice: @escaping @Sendable (String) -> Void = { _ in })
    {
        self.report = report
        notify = notice
    }

    /// Reports nothing.
    public static let silent = BuildProgress { _ in }

    /// Reports `stage` and runs it.
    func stage<T, E: Error>(_ stage: Stage, _ body: () throws(E) -> T) throws(E) -> T {
        report(stage)
        return try body()
    }

    /// Tells the user something while the build waits.
    func notice(_ text: String) { notify(text) }
}
