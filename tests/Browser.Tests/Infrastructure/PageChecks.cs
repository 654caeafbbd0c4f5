using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Orchestrator.Browser.Tests.Infrastructure;

/// <summary>What every page test checks the same way: accessibility and a kept screenshot.</summary>
public static class PageChecks
{
    private static readonly string[] Blocking = ["serious", "critical"];

    // Axe reads colours as painted: a fade-in caught half-way (the stage, a reveal) reads as low contrast.
    // Endless animations (a help request's pulse) never finish, so only the finite ones are waited for.
    private const string FiniteAnimationsDone =
        "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)";

    /// <summary>Fails on any serious or critical axe violation, naming each with the nodes it hit (once the page's finite animations are over).</summary>
    public static async Task AssertAccessible(IPage page)
    {
        await page.WaitForFunctionAsync(FiniteAnimationsDone);
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(
            blocking.Count == 0,
            string.Join(
                Environment.NewLine,
                blocking.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    /// <summary>
    /// Saves a screenshot (the full page unless told otherwise) as TestResults/screenshots/{name}.png at the
    /// repository root, as the page looks once its animations have played (the stage's fade-in would
    /// otherwise be caught near black).
    /// </summary>
    public static async Task<string> Screenshot(IPage page, string name, bool fullPage = true)
    {
        var directory = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
        return path;
    }

    /// <summary>Prints the page to PDF with Chromium's print-to-PDF (A4, print stylesheet) as TestResults/pdf/{name}.pdf at the repository root.</summary>
    public static async Task<byte[]> Pdf(IPage page, string name)
    {
        var directory = Path.Combine(RepositoryRoot(), "TestResults", "pdf");
        Directory.CreateDirectory(directory);
        return await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(directory, $"{name}.pdf"), Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Orchestrator.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
