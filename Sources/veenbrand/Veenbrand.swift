import ArgumentParser

@main
struct Veenbrand: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds the Radicale vernieuwing jeugdzorg site from content/ and theme/.",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self],
        defaultSubcommand: BuildCommand.self)
}
