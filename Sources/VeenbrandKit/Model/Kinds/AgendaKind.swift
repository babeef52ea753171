/// Events the movement organises or takes part in: `content/agenda/*.md`, published at
/// `/agenda/<slug>/`, listed in the agenda (coming events first), with a calendar file each.
extension DocumentKind {
    static let agenda = DocumentKind(
        noun: "event", folder: "content/agenda",
        fields: [
            .title, .start, .end, .location, .online, .registration, .summary, .themes, .keywords, .draft,
            .updated, .image, .imageAlt, .slug, .aliases, .notes,
        ],
        word: .agenda,
        collection: Collection(
            label: "Agenda", singular: "Activiteit", summary: "{{title}} ({{start}})", sortedBy: ["start", "title"]),
        rules: eventRules)

    /// An event ends after it starts, written like its start, and takes place somewhere: at a
    /// place, online, or both.
    private static func eventRules(_ event: DocumentFields) -> [BuildError] {
        var errors: [BuildError] = []
        if let start = event.date(.start), let end = event.entry(.end), case .date(let last) = end.value {
            if last.hasTime != start.hasTime {
                let forms = start.hasTime ? ("a date and time", "a date") : ("a date", "a date and time")
                errors.append(
                    BuildError(
                        event.location(of: end),
                        "'end' is \(forms.1) but 'start' is \(forms.0): write both as dates (a whole day) or both "
                            + "with their times"))
            } else if start.hasTime ? last < start : last.isoDay < start.isoDay {
                errors.append(
                    BuildError(
                        event.location(of: end),
                        "'end' \(last) is before 'start' \(start): an event ends after it starts"))
            }
        }
        if event.entry(.location) == nil && event.entry(.online) == nil {
            errors.append(
                BuildError(
                    event.start,
                    "an event needs 'location' (a place and its address) or 'online' (the web address of "
                        + "the meeting or stream), or both"))
        }
        return errors
    }
}

extension Field {
    static let start = Field(
        "start", .moment, required: true, initial: .today, label: "Begint",
        hint: "Datum en tijd waarop het begint.", inFeeds: .published,
        meaning: "when it begins: a date and time with its offset (`2021-10-07T20:30:00+02:00`), or a date "
            + "(`2021-10-07`) for an event that lasts all day")
    static let end = Field(
        "end", .moment, label: "Eindigt",
        hint: "Datum en tijd waarop het eindigt; niet voor het begin.",
        meaning: "when it ends, written like `start` (a date: at the end of that day); not before `start`. "
            + "Without one, it ends when it starts (or, for a date, at the end of that day)")
    static let location = Field(
        "location", .text, label: "Plaats",
        hint: "Naam en adres, zoals: Jaarbeurs, Jaarbeursplein 6, Utrecht.",
        meaning: "where it is: a place and its address. An event needs `location` or `online`, or both")
    static let online = Field(
        "online", .webAddress, label: "Online",
        hint: "Het webadres van de uitzending of de online bijeenkomst.",
        meaning: "where it is online: the web address of the meeting or stream (`https://…`)")
    static let registration = Field(
        "registration", .webAddress, label: "Aanmelden",
        hint: "Het webadres waar je je aanmeldt.", meaning: "the web address where one signs up (`https://…`)")
}
