// Stand-in for @vue/runtime-core: where GlobalComponents, EmitFn and PublicProps live.
export interface GlobalComponents {
  Teleport: unknown;
}
export type PublicProps = { key?: string | number | symbol; ref?: unknown; class?: unknown; style?: unknown };
type UnionToIntersection<U> = (U extends any ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
export type EmitFn<Options = Record<string, (...args: any[]) => any>> = UnionToIntersection<
  { [K in keyof Options & string]: Options[K] extends (...args: infer Args) => any ? (event: K, ...args: Args) => void : never }[keyof Options & string]
>;
