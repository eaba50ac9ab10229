using System.Text;

namespace Archive.Content;

/// <summary>
/// How the content model's closed lists are written: the enum member <c>MetadataOnly</c> is the code
/// <c>metadata-only</c> in front matter, in CSS hooks and in data files. The enum's declaration order is the
/// display order, so every list of allowed values (messages, scaffolds) comes from the enum alone.
/// </summary>
public static class Codes
{
    /// <summary>The code of a value: <c>ArticleRights.MetadataOnly</c> → <c>metadata-only</c>.</summary>
    public static string Of<T>(T value) where T : struct, Enum => Table<T>.CodeOf[value];

    /// <summary>Every code of the list, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Table<T>.Codes;

    /// <summary>The value written as <paramref name="code"/>; exact match only, as editors write codes in lower case.</summary>
    public static bool TryParse<T>(string code, out T value) where T : struct, Enum => Table<T>.ValueOf.TryGetValue(code, out value);

    private static string ToCode(string memberName)
    {
        var sb = new StringBuilder(memberName.Length + 4);
        foreach (var c in memberName)
        {
            if (char.IsUpper(c) && sb.Length > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    // Computed once per enum type and never changed afterwards.
    private static class Table<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> Codes = Enum.GetValues<T>().Select(v => ToCode(v.ToString())).ToArray();
        public static readonly IReadOnlyDictionary<T, string> CodeOf = Enum.GetValues<T>().ToDictionary(v => v, v => ToCode(v.ToString()));
        public static readonly IReadOnlyDictionary<string, T> ValueOf = Enum.GetValues<T>().ToDictionary(v => ToCode(v.ToString()), v => v, StringComparer.Ordinal);
    }
}
