import { repositoryShape } from "../shapes.ts";
import type { HandlerTable } from "./types.ts";

export const repositoryRoutes: HandlerTable = {
  "repos/get": (context) => ({ status: 200, body: repositoryShape(context.repository, context.urls) }),
};
