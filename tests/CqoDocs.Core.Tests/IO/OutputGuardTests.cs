using CqoDocs.Core.IO;
using CqoDocs.Core.Tests.Import;

namespace CqoDocs.Core.Tests.IO;

public class OutputGuardTests
{
    private static bool NeverOurs(string path) => false;

    private static bool AlwaysOurs(string path) => true;

    [Fact]
    public void A_missing_file_may_be_written()
    {
        using var folder = new TemporaryFolder();

        Assert.Null(OutputGuard.Refusal(folder.File("new.docx"), NeverOurs));
    }

    [Fact]
    public void Our_own_earlier_output_may_be_replaced_but_not_a_file_we_did_not_write()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("out.docx"), "x");

        Assert.Null(OutputGuard.Refusal(folder.File("out.docx"), AlwaysOurs));
        Assert.NotNull(OutputGuard.Refusal(folder.File("out.docx"), NeverOurs));
    }

    [Fact]
    public void An_input_of_the_same_run_is_refused_even_when_named_another_way()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("data.yaml"), "x");
        File.CreateSymbolicLink(folder.File("alias.yaml"), folder.File("data.yaml"));

        Assert.NotNull(OutputGuard.Refusal(folder.File("alias.yaml"), AlwaysOurs, [folder.File("data.yaml")]));
        Assert.NotNull(OutputGuard.Refusal(folder.File("sub/../data.yaml"), AlwaysOurs, [folder.File("data.yaml")]));
    }

    [Fact]
    public void A_folder_or_a_device_is_refused()
    {
        using var folder = new TemporaryFolder();

        var e = Assert.Throws<CqoDocsException>(() => OutputGuard.Check(folder.Path, AlwaysOurs));

        Assert.Equal(folder.Path, e.File);
        if (File.Exists("/dev/null")) Assert.NotNull(OutputGuard.Refusal("/dev/null", AlwaysOurs));
    }
}
