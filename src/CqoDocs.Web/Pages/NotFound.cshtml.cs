using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CqoDocs.Web.Pages;

/// <summary>Any address no page answers: 404 with a line saying so.</summary>
internal sealed class NotFoundModel : PageModel
{
    public string Message { get; private set; } = "";

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Message = $"没有“{Request.Path}”这个页面。";
    }
}
