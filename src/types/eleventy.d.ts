// The part of Eleventy's programmatic API that Broadsheet uses (the package ships no types).
declare module "@11ty/eleventy" {
  import type { EleventyConfig } from "../render/eleventy-plugin.ts";
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    config?: (eleventyConfig: EleventyConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}

declare module "@11ty/eleventy-dev-server" {
  interface DevServerOptions {
    port?: number;
    pathPrefix?: string;
    domDiff?: boolean;
    liveReload?: boolean;
    messageOnStart?: (info: { hosts: string[] }) => string;
  }
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    reload(event?: { files?: string[] }): void;
    close(): Promise<void>;
  }
}
