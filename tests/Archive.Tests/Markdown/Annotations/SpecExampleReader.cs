using System.Text;

namespace Archive.Tests.Rendering.Markdown.Annotations;

/// <summary>
/// Reads examples written as in the CommonMark spec: a fence of 32 backticks followed by
/// <c>example</c>, the Markdown, a line holding a single <c>.</c>, the HTML, and a closing fence.
/// A <c>→</c> stands for a tab, so tabs are visible in the spec.
/// </summary>
internal static class SpecExampleReader
{
    private const string Fence = "````````````````````````````````";

    public static IReadOnlyList<SpecExample> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var examples = new List<SpecExample>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != Fence + " example")
            {
                continue;
            }

            var start = i;
            var markdown = new StringBuilder();
            var html = new StringBuilder();
            var current = markdown;
            for (i++; ; i++)
            {
                if (i >= lines.Length)
                {
                    throw new InvalidDataException($"{path}:{start + 1}: example is not closed.");
                }

                if (lines[i] == Fence)
                {
                    break;
                }

                if (lines[i] == "." && ReferenceEquals(current, markdown))
                {
                    current = html;
                    continue;
                }

                current.Append(lines[i].Replace('→', '\t')).Append('\n');
            }

            if (ReferenceEquals(current, markdown))
            {
                throw new InvalidDataException($"{path}:{start + 1}: example has no '.' separator.");
            }

            examples.Add(new SpecExample(examples.Count + 1, start + 1, markdown.ToString(), html.ToString()));
        }

        return examples;
    }
}
