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
        var kind = f.Enum("kind", ContentVocabulary.GroupKinds, required: true);
        var orientation = f.String("orientation");
        var memberOf = ClaimReader.Read(f, "member_of");
        var relations = new List<GroupRelation>();
        foreach (var r in f.Mappings("relations", example: "type: allied-with, group: some-id"))
        {
            var type = r.Enum("type", ContentVocabulary.RelationTypes, required: true);
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
            relations.Add(new GroupRelation(type, claim, since, note));
        }
        var active = f.Date("active");
        var regions = f.StringList("regions");
        var summary = f.String("summary", required: true, example: "\"One paragraph.\"");
        var draft = f.Bool("draft");
        var identifiers = IdentifierReader.Read(f, group: true);
        f.ReportUnknownFields();

        return new Group(id, f.File, name ?? id, native, acronym, aliases, kind ?? "other", orientation, memberOf,
            relations, active, regions, summary ?? "", draft, body, identifiers);
    }
}
