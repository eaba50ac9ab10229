namespace Archive.Content;

/// <summary>Reads a group's front matter into a <see cref="Group"/>.</summary>
internal static class GroupReader
{
    public static Group Read(string id, FieldReader f, MarkdownBody body)
    {
        var name = f.String("name", required: true, example: "Kataib Hezbollah");
        var native = f.String("name_native");
        var acronym = f.String("acronym");
        var aliases = f.StringList("aliases");
        var kind = f.Enum<GroupKind>("kind", required: true);
        var orientation = f.String("orientation");
        var memberOf = ClaimReader.Read(f, "member_of");
        var relations = new List<GroupRelation>();
        foreach (var r in f.Mappings("relations", example: "type: allied-with, group: some-id"))
        {
            var type = r.Enum<RelationType>("type", required: true);
            var group = r.Ref("group", required: true);
            var since = r.Date("since");
            var note = r.String("note");
            var claim = group is null ? null : ClaimReader.Evidence(r, group);
            r.ReportUnknownFields();
            if (type is null || claim is null) continue;
            if (relations.Any(x => x.Type == type && x.Group.Id == claim.Group.Id))
            {
                f.Warn(Diagnostics.DiagnosticCodes.DuplicateClaim, claim.Group.At, $"`{type}` `{claim.Group.Id}` is listed twice in `relations`; the first entry is used",
                    "keep one entry, with the evidence (`certainty`, `source`, `quote`) on it");
                continue;
            }
            relations.Add(new GroupRelation(type.Value, claim, since, note));
        }
        var active = f.Date("active");
        var regions = f.StringList("regions");
        var summary = f.String("summary", required: true, example: "\"One paragraph.\"");
        var draft = f.Bool("draft");
        var identifiers = IdentifierReader.Read(f, group: true);
        f.ReportUnknownFields();

        return new Group
        {
            Id = id,
            File = f.File,
            Name = name ?? id,
            NameNative = native,
            Acronym = acronym,
            Aliases = aliases,
            Kind = kind ?? GroupKind.Other,
            Orientation = orientation,
            MemberOf = memberOf,
            Relations = relations,
            Active = active,
            Regions = regions,
            Summary = summary ?? "",
            Draft = draft,
            Body = body,
            Identifiers = identifiers,
        };
    }
}
