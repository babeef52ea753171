/// Veenbrand's version, as `veenbrand --version` prints it. Raised with each release; the
/// build's cache and outputs do not depend on it.
public enum VeenbrandVersion {
    /// The version: major.minor.patch.
    public static let current = "0.9.0"
}
