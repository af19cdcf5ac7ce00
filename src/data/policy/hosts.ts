/**
 * Where a source may be read. The rule is the standards desk's: the originating publisher's own
 * site, or a licensed outlet's (named in "via"). Hosts known to copy other people's stories
 * (reposts, aggregators, mirrors, proxies, content farms, video platforms) are refused by name
 * as well, so that listing one as a "publisher" does not let it in.
 */

/** Each refused host with what it is, so the message can say why. Subdomains count. */
export const REFUSED_HOSTS: Readonly<Record<string, string>> = {
  'brighteon.com': 'a video platform',
  'youtube.com': 'a video platform',
  'devdiscourse.com': 'an aggregator that rewrites wire stories',
  'azurewebsites.net': 'a hosting platform, not a publisher',
  'cloudfront.net': 'a CDN copy, not a publisher',
  'dnyuz.com': 'an aggregator that reposts newspaper stories',
  'headtopics.com': 'an aggregator',
  'headlinez.news': 'an aggregator',
  'spacewar.com': 'a site that reposts wire copy',
  'free-books.at': 'a site that copies books',
  'distantreader.org': 'a text-mining copy',
  'wikiwand.com': 'a Wikipedia mirror',
  'wikiclassic.com': 'a Wikipedia mirror',
  'movatter.jp': 'a proxy',
  'av1.space': 'a Wikipedia mirror',
  'alquds.edu': 'a Wikipedia mirror on a university host',
  'blogspot.com': 'a blog platform',
  'wordpress.com': 'a blog platform',
  'medium.com': 'a blog platform',
  'substack.com': 'a newsletter platform',
  'qoshe.com': 'an aggregator of columns',
  'pledgetimes.com': 'a content farm',
  'rentkl.com.my': 'a property site reposting wire copy',
  'lebanonnewsapp.com': 'an app that reposts stories',
  'byteseu.com': 'a content farm',
  'upglob.com': 'a content farm',
  'aijesnews.com': 'a content farm',
  'moviesgrave.in': 'a content farm',
  'premiumnewz.in': 'a content farm',
  'heyi99.com': 'a mirror',
  'ru24.pro': 'an aggregator',
  'meilleur-en-suisse.ch': 'a listing site',
  'digcom.app': 'a lifestyle app',
  'newshivehq.com': 'a content farm',
  'daily8.com': 'a content farm',
  'collector.com.tr': 'a content farm',
  'indexmundi.com': "a site reproducing other publishers' data",
  'cld.bz': 'a document-hosting platform',
  'msn.com': 'an aggregator',
  'news.yahoo.com': 'an aggregator',
  'flipboard.com': 'an aggregator',
  'newsbreak.com': 'an aggregator',
  'archive.org': "an archive copy: cite the publisher's page",
  'archive.ph': "an archive copy: cite the publisher's page",
};

/** True when `host` is `domain` or one of its subdomains. */
export function onDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}

/** Why a host may never be cited, or undefined when nothing is known against it. */
export function refusedBecause(host: string): string | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[')) return "a bare IP address, not a publisher's site";
  const domain = Object.keys(REFUSED_HOSTS).find((d) => onDomain(host, d));
  return domain ? REFUSED_HOSTS[domain] : undefined;
}
