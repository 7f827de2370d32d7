/**
 * The UI strings of `<shoppable-feed>` and the mini-player, in the seven built-in languages. They
 * live apart from the player's table (`strings.ts`) so that a page without a feed pays nothing for
 * them: the feed is its own entry, and the mini-player's few words ride in its own module.
 * @module
 */

/** The English feed strings; the other languages fill the same keys. */
export const feedEn = {
  shows: 'Shows',
  live: 'LIVE',
  productCount: '{count} products',
  /** The count when it is exactly one (languages whose noun does not change repeat productCount). */
  productCountOne: '{count} product',
  showOf: 'Show {index} of {count}',
  previousShow: 'Previous show',
  nextShow: 'Next show',
  close: 'Close',
  share: 'Share',
  linkCopied: 'Link copied',
  closeMini: 'Close mini player',
  moveMini: 'Move mini player',
  backToPlayer: 'Back to the video',
  popOut: 'Keep playing in a floating window',
};

/** The keys of the feed's strings. */
export type FeedStrings = typeof feedEn;

const tables: Record<string, Partial<FeedStrings>> = {
  // Arabic counts read "label: n": noun plurals change with the number (see locales/ar.ts).
  ar: {
    shows: 'العروض',
    live: 'مباشر',
    productCount: 'المنتجات: {count}',
    productCountOne: 'المنتجات: {count}',
    showOf: 'العرض {index} من {count}',
    previousShow: 'العرض السابق',
    nextShow: 'العرض التالي',
    close: 'إغلاق',
    share: 'مشاركة',
    linkCopied: 'تم نسخ الرابط',
    closeMini: 'إغلاق المشغّل المصغّر',
    moveMini: 'نقل المشغّل المصغّر',
    backToPlayer: 'العودة إلى الفيديو',
    popOut: 'متابعة التشغيل في نافذة عائمة',
  },
  de: {
    shows: 'Shows',
    live: 'LIVE',
    productCount: '{count} Produkte',
    productCountOne: '{count} Produkt',
    showOf: 'Show {index} von {count}',
    previousShow: 'Vorherige Show',
    nextShow: 'Nächste Show',
    close: 'Schließen',
    share: 'Teilen',
    linkCopied: 'Link kopiert',
    closeMini: 'Mini-Player schließen',
    moveMini: 'Mini-Player verschieben',
    backToPlayer: 'Zurück zum Video',
    popOut: 'In einem schwebenden Fenster weiterspielen',
  },
  es: {
    shows: 'Programas',
    live: 'EN VIVO',
    productCount: '{count} productos',
    productCountOne: '{count} producto',
    showOf: 'Programa {index} de {count}',
    previousShow: 'Programa anterior',
    nextShow: 'Programa siguiente',
    close: 'Cerrar',
    share: 'Compartir',
    linkCopied: 'Enlace copiado',
    closeMini: 'Cerrar el minirreproductor',
    moveMini: 'Mover el minirreproductor',
    backToPlayer: 'Volver al vídeo',
    popOut: 'Seguir viendo en una ventana flotante',
  },
  fr: {
    shows: 'Émissions',
    live: 'EN DIRECT',
    productCount: '{count} produits',
    productCountOne: '{count} produit',
    showOf: 'Émission {index} sur {count}',
    previousShow: 'Émission précédente',
    nextShow: 'Émission suivante',
    close: 'Fermer',
    share: 'Partager',
    linkCopied: 'Lien copié',
    closeMini: 'Fermer le mini-lecteur',
    moveMini: 'Déplacer le mini-lecteur',
    backToPlayer: 'Revenir à la vidéo',
    popOut: 'Continuer dans une fenêtre flottante',
  },
  ja: {
    shows: 'ショー',
    live: 'ライブ',
    productCount: '商品 {count} 点',
    productCountOne: '商品 {count} 点',
    showOf: 'ショー {index} / {count}',
    previousShow: '前のショー',
    nextShow: '次のショー',
    close: '閉じる',
    share: '共有',
    linkCopied: 'リンクをコピーしました',
    closeMini: 'ミニプレーヤーを閉じる',
    moveMini: 'ミニプレーヤーを移動',
    backToPlayer: '動画に戻る',
    popOut: 'フローティングウィンドウで再生を続ける',
  },
  zh: {
    shows: '直播节目',
    live: '直播',
    productCount: '{count} 件商品',
    productCountOne: '{count} 件商品',
    showOf: '第 {index} 个，共 {count} 个',
    previousShow: '上一个节目',
    nextShow: '下一个节目',
    close: '关闭',
    share: '分享',
    linkCopied: '链接已复制',
    closeMini: '关闭迷你播放器',
    moveMini: '移动迷你播放器',
    backToPlayer: '返回视频',
    popOut: '在浮动窗口中继续播放',
  },
};

/**
 * The feed strings for `locale` (its language's table, English for the rest), with `overrides`
 * on top. Traditional Chinese gets English, as the player's own strings do (no Simplified stand-in).
 */
export function feedStringsFor(locale: string | undefined, overrides?: Partial<FeedStrings>): FeedStrings {
  const tag = (locale ?? 'en').toLowerCase();
  const lang = /^zh-(hant|tw|hk|mo)\b/.test(tag) ? 'en' : tag.split('-')[0]!;
  const table = Object.hasOwn(tables, lang) ? tables[lang] : undefined;
  return { ...feedEn, ...table, ...overrides };
}
