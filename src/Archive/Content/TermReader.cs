namespace Archive.Content;

/// <summary>Reads a term's front matter (see the content model) into a <see cref="Term"/>.</summary>
internal static class TermReader
{
    public static Term Read(string id, FieldReader f, MarkdownBody body)
    {
        var label = f.String("label", required: true, example: "\"Withdrawal timetable\"");
        var definition = f.String("definition", required: true, example: "\"The offer demands a schedule for the withdrawal of foreign forces.\"");
        var broader = f.Ref("broader");
        f.ReportUnknownFields();
        return new Term
        {
            Id = id,
            File = f.File,
            Label = label ?? id,
            LabelAt = f.ValueAt("label"),
            Definition = definition ?? "",
            Broader = broader,
            Body = body,
        };
    }
}
