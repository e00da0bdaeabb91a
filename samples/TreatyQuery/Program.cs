using System;
using TreatyQuery;

return QueryTool.Run(args, Console.Out, Console.Error);
