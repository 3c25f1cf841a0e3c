using System.Diagnostics;
using System.Text;

namespace CqoDocs.Core.Templates;

/// <summary>
/// Prints Word documents to PDF through LibreOffice (soffice --headless --convert-to pdf), in a private
/// profile so that a LibreOffice the user has open is not disturbed, and with fontconfig told which free
/// fonts stand in for the ones GB/T 9704 names (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体), which are not free.
/// </summary>
internal static class PdfConverter
{
    public const string DebianPackage = "libreoffice-writer-nogui";
    private static readonly TimeSpan BaseTimeout = TimeSpan.FromSeconds(120);

    /// <summary>The fonts each named font falls back to, best first (Debian: fonts-noto-cjk, fonts-noto-cjk-extra, fonts-arphic-ukai).</summary>
    public static readonly IReadOnlyList<(string Font, string[] Fallbacks)> FontFallbacks =
    [
        ("方正小标宋简体", ["方正小标宋_GBK", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", "Noto Sans CJK SC"]),
        ("仿宋_GB2312", ["仿宋", "FangSong", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", "Noto Sans CJK SC"]),
        ("仿宋", ["FangSong", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", "Noto Sans CJK SC"]),
        ("楷体_GB2312", ["楷体", "KaiTi", "AR PL UKai CN", "Noto Serif CJK SC", "Noto Sans CJK SC"]),
        ("楷体", ["KaiTi", "AR PL UKai CN", "Noto Serif CJK SC", "Noto Sans CJK SC"]),
        ("黑体", ["SimHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei"]),
        ("宋体", ["SimSun", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", "Noto Sans CJK SC"]),
    ];

    /// <summary>soffice on the PATH (or the file <paramref name="explicitPath"/> names); null when LibreOffice is not installed.</summary>
    public static string? Locate(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath)) return File.Exists(explicitPath) ? explicitPath : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"])
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    public static CqoDocsException NotInstalled() =>
        new($"生成 PDF 需要 LibreOffice，但没有找到 soffice：请安装（Debian/Ubuntu：sudo apt-get install {DebianPackage}），或改为输出 .docx", field: "--out");

    /// <summary>Converts the .docx files into PDFs of the same names in <paramref name="folder"/>; returns their paths in order.</summary>
    public static IReadOnlyList<string> Convert(string soffice, IReadOnlyList<string> documents, string folder)
    {
        var work = Directory.CreateTempSubdirectory("cqodocs-pdf-");
        try
        {
            var fonts = Path.Combine(work.FullName, "fonts.conf");
            File.WriteAllText(fonts, FontConfig(), new UTF8Encoding(false));
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add($"-env:UserInstallation={new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri}");
            foreach (var a in new[] { "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir", folder }) start.ArgumentList.Add(a);
            foreach (var d in documents) start.ArgumentList.Add(d);
            start.Environment["FONTCONFIG_FILE"] = fonts;
            start.Environment["HOME"] = work.FullName;

            using var process = Process.Start(start) ?? throw NotInstalled();
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(BaseTimeout + TimeSpan.FromSeconds(5 * documents.Count)))
            {
                process.Kill(entireProcessTree: true);
                throw new CqoDocsException("LibreOffice 转换 PDF 超时，没有写出文件", field: "--out");
            }
            var pdfs = documents.Select(d => Path.Combine(folder, Path.GetFileNameWithoutExtension(d) + ".pdf")).ToList();
            var missing = pdfs.FirstOrDefault(p => !File.Exists(p));
            if (process.ExitCode != 0 || missing is not null)
            {
                var detail = (error.Result + " " + output.Result).ReplaceLineEndings(" ").Trim();
                throw new CqoDocsException($"LibreOffice 没能把文档转换成 PDF（退出码 {process.ExitCode}）：{detail}", field: "--out");
            }
            return pdfs;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new CqoDocsException($"启动 LibreOffice 失败：{e.Message}", field: "--out", inner: e);
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>The user's own fontconfig, and aliases that put free fonts where the official ones are missing.</summary>
    private static string FontConfig()
    {
        var sb = new StringBuilder();
        sb.AppendLine("<?xml version=\"1.0\"?>");
        sb.AppendLine("<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">");
        sb.AppendLine("<fontconfig>");
        var own = Environment.GetEnvironmentVariable("FONTCONFIG_FILE");
        sb.AppendLine($"  <include ignore_missing=\"yes\">{System.Security.SecurityElement.Escape(string.IsNullOrEmpty(own) ? "/etc/fonts/fonts.conf" : own)}</include>");
        foreach (var (font, fallbacks) in FontFallbacks)
        {
            sb.Append("  <alias binding=\"same\"><family>").Append(font).Append("</family><prefer>");
            foreach (var f in fallbacks) sb.Append("<family>").Append(f).Append("</family>");
            sb.AppendLine("</prefer></alias>");
        }
        sb.AppendLine("</fontconfig>");
        return sb.ToString();
    }
}
