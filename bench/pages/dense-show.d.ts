// Types of dense-show.js, for test/bench/dense-show.test.ts (the bench pages are plain JavaScript).
export interface DenseMoment {
  productId: string;
  start: number;
  end: number;
  position: { x: number; y: number };
}
export interface DenseProduct {
  id: string;
  title: string;
  price: { amount: number; currency: string };
}
export declare const DENSITIES: readonly number[];
export declare const FRAME: number;
export declare function edgePeriod(active: number): number;
export declare function denseShow(options: { active: number; every?: number; span?: number; seed?: number }): {
  version: 1;
  id: string;
  title: string;
  currency: string;
  products: DenseProduct[];
  moments: DenseMoment[];
};
