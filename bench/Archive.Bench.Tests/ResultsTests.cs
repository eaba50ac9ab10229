using Archive.Bench.Results;

namespace Archive.Bench.Tests;

public sealed class ResultsTests
{
    private const string TimeOutput = """
        	Command being timed: "hugo --source bench/hugo-site"
        	User time (seconds): 12.34
        	System time (seconds): 1.50
        	Percent of CPU this job got: 150%
        	Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50
        	Maximum resident set size (kbytes): 345678
        	Exit status: 0
        """;

    [Fact]
    public void GnuTime_VerboseReport_ReadsWallCpuAndMemory()
    {
        var r = GnuTimeReport.Parse(TimeOutput);
        Assert.Equal(62.5, r.WallSeconds, 3);
        Assert.Equal(12.34, r.UserSeconds, 3);
        Assert.Equal(1.5, r.SystemSeconds, 3);
        Assert.Equal(345678, r.MaxRssKb);
        Assert.Equal(0, r.ExitStatus);
        Assert.Null(r.Signal);
    }

    [Fact]
    public void GnuTime_HoursAndSignal_AreRead()
    {
        var r = GnuTimeReport.Parse(TimeOutput.Replace("1:02.50", "1:01:02").Replace("\tExit status: 0", "\tCommand terminated by signal 9\n\tExit status: 0"));
        Assert.Equal(3662, r.WallSeconds, 3);
        Assert.Equal(9, r.Signal);
    }

    [Fact]
    public void Stats_OddAndEvenCounts_TakeTheMiddle()
    {
        Assert.Equal(3, Stats.Of([5, 1, 3, 9, 2])!.Median);
        Assert.Equal(2.5, Stats.Of([4, 1, 3, 2])!.Median);
        Assert.Null(Stats.Of([]));
    }

    [Fact]
    public void Percentile_NearestRank()
    {
        double[] values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
        Assert.Equal(50, Stats.Percentile(values, 50));
        Assert.Equal(100, Stats.Percentile(values, 95));
        Assert.Equal(10, Stats.Percentile(values, 1));
    }

    [Fact]
    public void Stages_VerboseBuildOutput_AreRead()
    {
        var stages = RecordCommand.Stages("  load       1320 ms\n  render     2266 ms\nBuilt 2066 pages (5277 files) in 10.06 s into out/.\n");
        Assert.Equal([new StageMs("load", 1320), new StageMs("render", 2266)], stages);
    }
}
