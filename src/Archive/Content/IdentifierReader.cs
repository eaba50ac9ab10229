using Archive.Diagnostics;

namespace Archive.Content;

/// <summary>Reads <c>identifiers:</c> of a group or an offer: known keys only, each value in its dataset's shape.</summary>
internal static class IdentifierReader
{
    public static IReadOnlyList<Identifier> Read(FieldReader f, bool group)
    {
        var allowed = IdentifierSchemes.For(group).ToList();
        var what = group ? "groups" : "offers";
        var identifiers = new List<Identifier>();
        foreach (var (name, nameAt, value, valueAt) in f.NamedValues("identifiers", "wikidata: Q1234567"))
        {
            var scheme = allowed.FirstOrDefault(s => s.Key == name);
            if (scheme is null)
            {
                var elsewhere = IdentifierSchemes.Find(name);
                var known = string.Join(", ", allowed.Select(s => s.Key));
                var hint = elsewhere is not null
                    ? $"`{name}` ({elsewhere.Label}) is for {(group ? "offers" : "groups")}; {what} take: {known}"
                    : Suggestions.DidYouMean(name, allowed.Select(s => s.Key)) ?? $"the identifiers known for {what} are: {known}";
                f.Report(DiagnosticCodes.UnknownIdentifierScheme, nameAt, $"unknown identifier `{name}` in `identifiers`", hint);
                continue;
            }
            if (!scheme.IsValid(value))
            {
                var repaired = scheme.Repair(value);
                f.Report(DiagnosticCodes.InvalidIdentifierValue, valueAt,
                    $"`{value}` is not a valid `{name}`: it must be {scheme.Shape} (pattern {scheme.Pattern})",
                    repaired is not null ? $"write `{name}: {repaired}`" : $"copy the id from {scheme.Label}");
                continue;
            }
            identifiers.Add(new Identifier(name, value, nameAt));
        }
        return identifiers;
    }
}
