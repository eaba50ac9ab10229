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
        var memberOf = f.Refs("member_of");
        var relations = new List<GroupRelation>();
        foreach (var r in f.Mappings("relations", example: "type: allied-with, group: some-id"))
        {
            var type = r.Enum("type", ContentVocabulary.RelationTypes, required: true);
            var group = r.Ref("group", required: true);
            var since = r.Date("since");
            var note = r.String("note");
            r.ReportUnknownFields();
            if (type is not null && group is not null) relations.Add(new GroupRelation(type, group, since, note));
        }
        var active = f.Date("active");
        var regions = f.StringList("regions");
        var summary = f.String("summary", required: true, example: "\"One paragraph.\"");
        var draft = f.Bool("draft");
        f.ReportUnknownFields();

        return new Group(id, f.File, name ?? id, native, acronym, aliases, kind ?? "other", orientation, memberOf,
            relations, active, regions, summary ?? "", draft, body);
    }
}
