using Visitation.Host.Infrastructure.Hosting;
using Visitation.Host.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddVisitation();

var app = builder.Build();
app.UseVisitation();
await app.PrepareDatabaseAsync();
app.Run();
