using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archive.Bench.Results;

/// <summary>
/// <c>record</c>: turns one build's GNU <c>time -v</c> report, its log and its output folder into a JSON line
/// (appended to <c>--append FILE</c>). The runner calls it after every build, before removing the output.
/// </summary>
internal static partial class RecordCommand
{
    public static Command Create()
    {
        var tool = new Option<string>("--tool") { Required = true, Description = "archive or hugo." };
        var size = new Option<int>("--size") { Required = true };
        var run = new Option<int>("--run") { Required = true, Description = "0 for the warm-up." };
        var timeFile = new Option<FileInfo>("--time-file") { Required = true, Description = "What `/usr/bin/time -v -o FILE` wrote." };
        var log = new Option<FileInfo?>("--log") { Description = "The build's output, for Archive's --verbose stage timings." };
        var site = new Option<DirectoryInfo>("--site") { Required = true, Description = "The folder the build wrote." };
        var killed = new Option<string?>("--killed") { Description = "Why the runner stopped the build, if it did." };
        var append = new Option<FileInfo>("--append") { Required = true, Description = "The JSON-lines file to append to." };
        var command = new Command("record", "Append one measured build to a JSON-lines file.") { tool, size, run, timeFile, log, site, killed, append };
        command.SetAction(parse =>
        {
            var time = GnuTimeReport.Parse(File.ReadAllText(parse.GetValue(timeFile)!.FullName));
            var dir = parse.GetValue(site)!;
            var files = dir.Exists ? dir.EnumerateFiles("*", SearchOption.AllDirectories).ToList() : [];
            var html = files.Where(f => f.Name.EndsWith(".html", StringComparison.Ordinal)).ToList();
            var largest = html.OrderByDescending(f => f.Length).ThenBy(f => f.FullName, StringComparer.Ordinal).FirstOrDefault();
            var logFile = parse.GetValue(log);
            var record = new RunRecord
            {
                Tool = parse.GetValue(tool)!,
                Size = parse.GetValue(size),
                Run = parse.GetValue(run),
                WallSeconds = time.WallSeconds,
                UserSeconds = time.UserSeconds,
                SystemSeconds = time.SystemSeconds,
                MaxRssKb = time.MaxRssKb,
                ExitStatus = time.Signal is { } sig ? 128 + sig : time.ExitStatus,
                Killed = parse.GetValue(killed) is { Length: > 0 } k ? k : null,
                HtmlPages = html.Count,
                Files = files.Count,
                Bytes = files.Sum(f => f.Length),
                LargestHtmlBytes = largest?.Length ?? 0,
                LargestHtml = largest is null ? null : "/" + Path.GetRelativePath(dir.FullName, largest.FullName).Replace('\\', '/'),
                Stages = logFile is { Exists: true } ? Stages(File.ReadAllText(logFile.FullName)) : [],
            };
            File.AppendAllText(parse.GetValue(append)!.FullName, JsonSerializer.Serialize(record, RunRecord.Json) + "\n");
            var status = record.Succeeded ? "ok" : record.Killed ?? $"exit {record.ExitStatus}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {record.Tool,-7} n={record.Size,-6} run {record.Run}: {record.WallSeconds,7:0.00} s  {record.MaxRssKb / 1024.0,7:0} MB  {record.HtmlPages} pages  {status}"));
            return 0;
        });
        return command;
    }

    /// <summary>Lines such as <c>  render     2266 ms</c> from <c>archive build --verbose</c>.</summary>
    internal static IReadOnlyList<StageMs> Stages(string log) =>
        [.. StageLine().Matches(log).Select(m => new StageMs(m.Groups[1].Value, double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))];

    [GeneratedRegex(@"^\s+([a-z]+)\s+([0-9]+(?:\.[0-9]+)?) ms\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex StageLine();
}
