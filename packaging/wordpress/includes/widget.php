<?php
/**
 * The one place that turns a coach's options into a <nearer-widget> element:
 * used by the block (block/render.php) and the shortcode alike.
 *
 * Every value is escaped for its attribute (esc_attr, esc_url); nothing a
 * coach types can end an attribute or add markup. URLs keep only the forms
 * the widget accepts (http, https, tel: where allowed, or a relative
 * address); any other is printed empty, so the widget refuses it with a
 * console warning, as it refuses any other bad value, and uses its default.
 *
 * @package Nearer
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Option (shortcode name) => [the widget's attribute, kind]. The attributes
 * are the widget's own (README "Attributes", src/domain/config.rs ATTRIBUTES).
 */
const NEARER_OPTIONS = array(
	'namespace'    => array( 'data-namespace', 'text' ),
	'lang'         => array( 'data-lang', 'text' ),
	'parts'        => array( 'data-parts', 'text' ),
	'accent'       => array( 'data-accent', 'text' ),
	'surface'      => array( 'data-surface', 'text' ),
	'cta_label'    => array( 'data-cta-label', 'text' ),
	'cta_url'      => array( 'data-cta-url', 'web' ),
	'safety_text'  => array( 'data-safety-text', 'text' ),
	'safety_link'  => array( 'data-safety-link', 'web-or-tel' ),
	'safety_phone' => array( 'data-safety-phone', 'text' ),
	'quick_exit'   => array( 'data-quick-exit', 'web' ),
	'pack'         => array( 'data-pack', 'text' ),
);

/**
 * The widget element for `$options` (shortcode names; empty or missing ones
 * are left out, so the widget's defaults apply).
 *
 * @param array  $options       Option name => value, as typed by the coach.
 * @param string $wrapper_attrs Extra attributes already escaped by WordPress
 *                              (the block's get_block_wrapper_attributes()).
 * @return string One <nearer-widget> element, with no content.
 */
function nearer_widget_markup( array $options, $wrapper_attrs = '' ) {
	$attrs = array();
	foreach ( NEARER_OPTIONS as $option => $spec ) {
		list( $name, $kind ) = $spec;
		$value = isset( $options[ $option ] ) && is_scalar( $options[ $option ] ) ? trim( (string) $options[ $option ] ) : '';
		if ( '' === $value ) {
			continue;
		}
		if ( 'text' === $kind ) {
			$attrs[] = $name . '="' . esc_attr( $value ) . '"';
		} else {
			$attrs[] = $name . '="' . nearer_url( $value, 'web-or-tel' === $kind ) . '"';
		}
	}
	$namespace = isset( $options['namespace'] ) && is_scalar( $options['namespace'] ) ? trim( (string) $options['namespace'] ) : '';
	if ( '' !== $namespace ) {
		Nearer_Namespaces::taken( $namespace );
	} else {
		$auto = Nearer_Namespaces::next();
		if ( '' !== $auto ) {
			$attrs[] = 'data-namespace="' . esc_attr( $auto ) . '"';
		}
	}
	$wrapper_attrs = trim( (string) $wrapper_attrs );
	if ( '' !== $wrapper_attrs ) {
		array_unshift( $attrs, $wrapper_attrs );
	}
	return '<nearer-widget' . ( $attrs ? ' ' . implode( ' ', $attrs ) : '' ) . '></nearer-widget>';
}

/**
 * `$url` escaped for an attribute if it is an http(s) address, a tel: link
 * (when `$tel` allows it) or a relative address; otherwise '' (refused).
 *
 * @param string $url The address as typed.
 * @param bool   $tel Whether tel: links are allowed.
 */
function nearer_url( $url, $tel ) {
	$url = trim( $url );
	// Control characters can hide a scheme ("java\tscript:"); the widget
	// refuses them, and backslashes, anyway.
	if ( '' === $url || preg_match( '/[\x00-\x1f\x7f\\\\]/', $url ) ) {
		return '';
	}
	// A scheme is letters, digits, + - . before the first ':', and comes
	// before any / ? or #. Anything else is a relative address.
	if ( preg_match( '/^([a-z][a-z0-9+.\-]*):(.*)$/is', $url, $m ) ) {
		$scheme = strtolower( $m[1] );
		if ( 'tel' === $scheme ) {
			// A phone number as written: digits, spaces and + - ( ) . /
			return $tel && preg_match( '#^[0-9 +\-().\/]+$#', $m[2] ) ? htmlspecialchars( $url, ENT_QUOTES, 'UTF-8', true ) : '';
		}
		if ( 'http' !== $scheme && 'https' !== $scheme || preg_match( '/\s/', $url ) ) {
			return '';
		}
		return esc_url( $url, array( 'http', 'https' ) );
	}
	$head = preg_split( '#[/?\#]#', $url, 2 );
	if ( false !== strpos( $head[0], ':' ) || preg_match( '/\s/', $url ) ) {
		return ''; // "1:b/c" is no scheme, but reads like one.
	}
	// esc_url() would put http:// before "book.html", and esc_attr() keeps
	// character references as they are ("&#106;avascript:" would reach the
	// widget as "javascript:"): every & is escaped, so the widget receives
	// exactly what was typed, which has no scheme.
	return htmlspecialchars( $url, ENT_QUOTES, 'UTF-8', true );
}

/**
 * Namespaces for widgets the coach gave none, so that two on one page never
 * share one (two widgets on one namespace stop saving, by design).
 *
 * The first widget without a namespace in a post uses the widget's default
 * ("nearer"): a visitor's answers then follow it when the coach moves it to
 * another page. Further ones are named after the post and their place in it
 * ("nearer-42-2"), which never depends on the request, so a cached page is
 * the same page. Namespaces the coach set, in this post (read ahead of
 * rendering) or in anything rendered before, are never handed out.
 */
final class Nearer_Namespaces {
	/** @var array<string, true> Namespaces in use on this page. */
	private static $used = array();
	/** @var array<int, int> Post id => widgets without a namespace so far. */
	private static $count = array();
	/** @var array<string, string> "post:place" => the namespace it got ('' = default). */
	private static $given = array();

	/**
	 * Marks a namespace the coach set as taken. One the widget will refuse
	 * (it takes 1-40 of a-z 0-9 - _) falls back to the default there, so the
	 * default is taken.
	 */
	public static function taken( $namespace ) {
		self::$used[ preg_match( '/^[a-z0-9_-]{1,40}$/', $namespace ) ? $namespace : 'nearer' ] = true;
	}

	/** The namespace for the next widget without one ('' = the default). */
	public static function next() {
		$post  = (int) get_the_ID();
		$place = ( isset( self::$count[ $post ] ) ? self::$count[ $post ] : 0 ) + 1;
		self::$count[ $post ] = $place;
		$key = $post . ':' . $place;
		if ( isset( self::$given[ $key ] ) ) {
			return self::$given[ $key ];
		}
		if ( 1 === $place && ! isset( self::$used['nearer'] ) ) {
			$namespace = '';
			self::$used['nearer'] = true;
		} else {
			$base      = 'nearer-' . $post . '-' . $place;
			$namespace = $base;
			for ( $n = 2; isset( self::$used[ $namespace ] ); $n++ ) {
				$namespace = $base . '-' . $n;
			}
			self::$used[ $namespace ] = true;
		}
		self::$given[ $key ] = $namespace;
		return $namespace;
	}

	/**
	 * A post's content is about to render (the_content, before blocks and
	 * shortcodes): count its widgets from the first again (the same content
	 * rendered twice gets the same names), and reserve the namespaces its
	 * widgets set themselves.
	 *
	 * @param string $content The post's content.
	 */
	public static function begin_content( $content ) {
		self::$count[ (int) get_the_ID() ] = 0;
		if ( false === strpos( $content, 'nearer' ) ) {
			return $content;
		}
		if ( preg_match_all( '/<!--\s+wp:nearer\/reflection\s+(\{.*?\})\s+\/?-->/s', $content, $blocks ) ) {
			foreach ( $blocks[1] as $json ) {
				$attrs = json_decode( $json, true );
				if ( is_array( $attrs ) && ! empty( $attrs['namespace'] ) && is_string( $attrs['namespace'] ) ) {
					self::taken( trim( $attrs['namespace'] ) );
				}
			}
		}
		if ( preg_match_all( '/' . get_shortcode_regex( array( 'nearer' ) ) . '/', $content, $codes ) ) {
			foreach ( $codes[3] as $text ) {
				$atts = shortcode_parse_atts( $text );
				if ( is_array( $atts ) && isset( $atts['namespace'] ) && '' !== trim( $atts['namespace'] ) ) {
					self::taken( trim( $atts['namespace'] ) );
				}
			}
		}
		return $content;
	}

	/** Forgets everything (tests render many pages in one process). */
	public static function reset() {
		self::$used  = array();
		self::$count = array();
		self::$given = array();
	}
}
