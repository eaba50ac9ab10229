using System.Diagnostics.CodeAnalysis;
using System.Text;
using Markdig.Helpers;

namespace Archive.Markdown.Annotations;

/// <summary>The <c>{key=value}</c> part of an annotation, read straight from the source text.</summary>
internal static class AnnotationSyntax
{
    /// <summary>
    /// Reads <c>{group=id}</c>, <c>{offer=id}</c> or <c>{note="text"}</c> at the start of <paramref name="slice"/>
    /// and, on success only, advances the slice past the closing <c>}</c>.
    /// </summary>
    /// <remarks>
    /// Deliberately strict (no whitespace, lower-case keys, one key): anything else must stay
    /// ordinary text, so a near miss is visible in the output rather than silently reinterpreted.
    /// </remarks>
    public static bool TryParse(ref StringSlice slice, out AnnotationKind kind, [NotNullWhen(true)] out string? value)
    {
        kind = default;
        value = null;

        var text = slice.Text;
        var end = slice.End;
        var i = slice.Start;
        if (text is null || i > end || text[i] != '{')
        {
            return false;
        }

        i++;
        var keyStart = i;
        while (i <= end && text[i] is >= 'a' and <= 'z')
        {
            i++;
        }

        if (i > end || text[i] != '=')
        {
            return false;
        }

        switch (text.AsSpan(keyStart, i - keyStart))
        {
            case "group":
                kind = AnnotationKind.Group;
                break;
            case "offer":
                kind = AnnotationKind.Offer;
                break;
            case "note":
                kind = AnnotationKind.Note;
                break;
            default:
                return false;
        }

        i++;
        string? parsed;
        if (kind == AnnotationKind.Note)
        {
            // An empty note has nothing to show in the margin, so it is not an annotation.
            parsed = TryReadQuoted(text, ref i, end, out var note) && !string.IsNullOrWhiteSpace(note) ? note : null;
        }
        else
        {
            parsed = TryReadId(text, ref i, end, out var id) ? id : null;
        }

        if (parsed is null || i > end || text[i] != '}')
        {
            return false;
        }

        value = parsed;
        slice.Start = i + 1;
        return true;
    }

    /// <summary>True when <paramref name="id"/> matches <c>^[a-z0-9]+(-[a-z0-9]+)*$</c>.</summary>
    public static bool IsValidId(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is >= 'a' and <= 'z' or >= '0' and <= '9' || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryReadId(string text, ref int i, int end, [NotNullWhen(true)] out string? id)
    {
        var start = i;
        while (i <= end && text[i] is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
        {
            i++;
        }

        var candidate = text.AsSpan(start, i - start);
        id = IsValidId(candidate) ? candidate.ToString() : null;
        return id is not null;
    }

    private static bool TryReadQuoted(string text, ref int i, int end, [NotNullWhen(true)] out string? content)
    {
        content = null;
        if (i > end || text[i] is not ('"' or '\''))
        {
            return false;
        }

        var quote = text[i++];
        var builder = new StringBuilder();
        while (i <= end)
        {
            var c = text[i];
            if (c == quote)
            {
                i++;
                content = builder.ToString();
                return true;
            }

            // Only quotes and backslashes are escapable, so other backslashes (paths, "\n") stay as typed.
            if (c == '\\' && i < end && text[i + 1] is '"' or '\'' or '\\')
            {
                builder.Append(text[i + 1]);
                i += 2;
                continue;
            }

            // A note wrapped across paragraph lines reads as one line of prose.
            if (c is '\n' or '\r')
            {
                if (c == '\r' && i < end && text[i + 1] == '\n')
                {
                    i++;
                }

                builder.Append(' ');
                i++;
                continue;
            }

            builder.Append(c);
            i++;
        }

        return false;
    }
}
