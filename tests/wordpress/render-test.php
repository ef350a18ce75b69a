<?php
/**
 * The plugin's rendering inside the real WordPress of the end-to-end test
 * (tests/e2e/wordpress.test.mjs runs it with php-cli once the plugin is
 * installed and active): the shortcode and the block, given hostile values
 * for every option, must print one <nearer-widget> element whose attributes
 * hold those values as inert text; URLs keep only http(s), tel: (safety
 * link) or relative forms. Also: nothing is enqueued before a widget
 * renders, the fallback <script> is a module, two widgets never share a
 * namespace and rendering is repeatable (page caches), and the plugin keeps
 * no option.
 *
 * Usage: php render-test.php <wordpress root> [modules]
 * "modules" defines stand-ins for WordPress 6.5's script module functions
 * before WordPress loads (this WordPress is 6.1) and checks that the plugin
 * takes that path: register the module once, enqueue it on render, no
 * classic script. Prints one line per check and "N passed, N failed".
 *
 * @package Nearer
 */

// phpcs:disable WordPress.Security.EscapeOutput -- a test's report on the console.

$root = isset( $argv[1] ) ? rtrim( $argv[1], '/' ) : '';
$mode = isset( $argv[2] ) ? $argv[2] : 'classic';
if ( '' === $root || ! is_file( "$root/wp-load.php" ) ) {
	fwrite( STDERR, "usage: php render-test.php <wordpress root> [modules]\n" );
	exit( 2 );
}

$module_calls = array();
if ( 'modules' === $mode ) {
	// Stand-ins with WordPress 6.5's signatures, recording their calls.
	function wp_register_script_module( $id, $src = '', $deps = array(), $version = false, $args = array() ) {
		$GLOBALS['module_calls'][] = array( 'register', $id, $src, $deps, $version );
	}
	function wp_enqueue_script_module( $id, $src = '', $deps = array(), $version = false, $args = array() ) {
		$GLOBALS['module_calls'][] = array( 'enqueue', $id );
	}
}

$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require "$root/wp-load.php";

$passed = 0;
$failed = 0;
function check( $ok, $what ) {
	global $passed, $failed;
	if ( $ok ) {
		$passed++;
	} else {
		$failed++;
		echo "not ok - $what\n";
	}
}

check( function_exists( 'nearer_widget_markup' ) && shortcode_exists( 'nearer' ) && WP_Block_Type_Registry::get_instance()->is_registered( 'nearer/reflection' ), 'the plugin is active: shortcode and block registered' );

// ---- nothing on a page without the widget
if ( 'classic' === $mode ) {
	do_shortcode( '<p>A page without the reflection.</p>' );
	check( ! wp_script_is( 'nearer-widget', 'enqueued' ), 'nothing is enqueued before a widget renders' );
} else {
	check( array() === array_values( array_filter( $module_calls, function ( $c ) { return 'enqueue' === $c[0]; } ) ), 'no module is enqueued before a widget renders' );
}

// ---- hostile values for every option
const NEARER_TEST_ALLOWED = array( 'class', 'data-namespace', 'data-lang', 'data-parts', 'data-accent', 'data-surface', 'data-cta-label', 'data-cta-url', 'data-safety-text', 'data-safety-link', 'data-safety-phone', 'data-quick-exit', 'data-pack' );
$hostile = array(
	'"><script>alert(1)</script>',
	"' onmouseover='alert(1)' x='",
	'</nearer-widget><img src=x onerror=alert(1)>',
	'<!-- --><svg onload=alert(1)>',
	'javascript:alert(1)',
	' JaVaScRiPt:alert(document.domain)',
	"java\tscript:alert(1)",
	"\x01javascript:alert(1)",
	'&#106;avascript:alert(1)',
	'&#x6A;avascript&colon;alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'vbscript:msgbox(1)',
	'//evil.example/x',
	'https://ok.example/a?b=1&c="2"',
	'/book?x=<y>&z=1',
	'tel:+1 555 0100',
	'tel:javascript:alert(1)',
	'{{constructor.constructor("alert(1)")()}}',
	"two\nlines",
	"\u{202E}reversed",
	'💬 <b>bold</b> &amp; more',
	str_repeat( 'x"', 3000 ),
);
$url_kind = array(
	'cta_url'     => false,
	'quick_exit'  => false,
	'safety_link' => true,
);
$camel    = array(
	'cta_label'    => 'ctaLabel',
	'cta_url'      => 'ctaUrl',
	'safety_text'  => 'safetyText',
	'safety_link'  => 'safetyLink',
	'safety_phone' => 'safetyPhone',
	'quick_exit'   => 'quickExit',
);

/** The one element in `$html`, or a reason why there is not exactly one inert element. */
function one_widget( $html ) {
	// Raw form first: every value escaped means no <, > or " inside a value.
	if ( ! preg_match( '/^<nearer-widget((?: [a-z-]+="[^"<>]*")*)><\/nearer-widget>$/', $html ) ) {
		return 'not one element with escaped attributes: ' . substr( $html, 0, 300 );
	}
	$doc = new DOMDocument();
	libxml_use_internal_errors( true );
	$doc->loadHTML( '<!doctype html><html><head><meta charset="utf-8"></head><body>' . $html . '</body></html>' );
	libxml_clear_errors();
	$body = $doc->getElementsByTagName( 'body' )->item( 0 );
	if ( 1 !== $body->childNodes->length || 'nearer-widget' !== $body->firstChild->nodeName || $body->firstChild->hasChildNodes() ) {
		return 'parsed to something else than one empty <nearer-widget>';
	}
	return $body->firstChild;
}

/** Whether `$url` is '' or http(s), tel: (when allowed) or relative. */
function url_form_ok( $url, $tel ) {
	if ( '' === $url ) {
		return true;
	}
	if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $url, $m ) ) {
		return in_array( strtolower( $m[1] ), $tel ? array( 'http', 'https', 'tel' ) : array( 'http', 'https' ), true );
	}
	$head = preg_split( '#[/?\#]#', $url, 2 );
	return false === strpos( $head[0], ':' ) && ! preg_match( '/[\x00-\x20]/', $url );
}

$GLOBALS['post'] = new WP_Post( (object) array( 'ID' => 42, 'post_type' => 'page', 'filter' => 'raw' ) );
$render          = array(
	'shortcode' => function ( $option, $value ) {
		Nearer_Namespaces::reset();
		return nearer_shortcode( array( $option => $value ) );
	},
	'block'     => function ( $option, $value ) use ( $camel ) {
		Nearer_Namespaces::reset();
		$name = isset( $camel[ $option ] ) ? $camel[ $option ] : $option;
		// Through the block parser, as a saved post is read.
		return trim( do_blocks( serialize_block( array( 'blockName' => 'nearer/reflection', 'attrs' => array( $name => $value ), 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) ) ) );
	},
);
$cases = 0;
foreach ( $render as $how => $fn ) {
	foreach ( array_keys( NEARER_OPTIONS ) as $option ) {
		$attr = NEARER_OPTIONS[ $option ][0];
		foreach ( $hostile as $value ) {
			$cases++;
			$label = "$how $option=" . json_encode( substr( $value, 0, 40 ) );
			$el    = one_widget( $fn( $option, $value ) );
			if ( is_string( $el ) ) {
				check( false, "$label: $el" );
				continue;
			}
			$ok = true;
			foreach ( $el->attributes as $a ) {
				$ok = $ok && in_array( $a->name, NEARER_TEST_ALLOWED, true );
			}
			check( $ok, "$label: only the widget's attributes" );
			$got = $el->getAttribute( $attr );
			if ( isset( $url_kind[ $option ] ) ) {
				check( url_form_ok( $got, $url_kind[ $option ] ), "$label: the address keeps an allowed form (got " . json_encode( $got ) . ')' );
			} elseif ( false === strpos( $value, '&' ) ) {
				check( trim( $value ) === $got, "$label: the text arrives exactly as typed (got " . json_encode( substr( $got, 0, 60 ) ) . ')' );
			} else {
				check( '' !== $got, "$label: the text arrives" );
			}
		}
	}
}
echo "# $cases hostile renders\n";

// ---- addresses: what is kept and how
$kept = array(
	array( 'cta_url', 'https://anna.example/book?a=1&b=2', 'https://anna.example/book?a=1&b=2' ),
	array( 'cta_url', '/book?x=<y>&z=1', '/book?x=<y>&z=1' ),
	array( 'cta_url', 'book.html', 'book.html' ),
	array( 'cta_url', '&#106;avascript:alert(1)', '&#106;avascript:alert(1)' ),
	array( 'cta_url', 'javascript:alert(1)', '' ),
	array( 'cta_url', 'tel:+15550100', '' ),
	array( 'quick_exit', 'data:text/html,x', '' ),
	array( 'safety_link', 'tel:+44 808 2000 247', 'tel:+44 808 2000 247' ),
	array( 'safety_link', 'tel:javascript:alert(1)', '' ),
	array( 'cta_url', 'https://anna.example/a b', '' ),
	array( 'safety_link', 'TEL:116123', 'TEL:116123' ),
	array( 'safety_link', 'mailto:help@example.org', '' ),
);
foreach ( $kept as $k ) {
	list( $option, $in, $want ) = $k;
	Nearer_Namespaces::reset();
	$el = one_widget( nearer_shortcode( array( $option => $in ) ) );
	$got = is_string( $el ) ? $el : $el->getAttribute( NEARER_OPTIONS[ $option ][0] );
	check( $want === $got, "$option " . json_encode( $in ) . ' becomes ' . json_encode( $want ) . ' (got ' . json_encode( $got ) . ')' );
}

// ---- the shortcode as written in a post: both spellings, quotes of both kinds
Nearer_Namespaces::reset();
$html = do_shortcode( "[nearer lang=\"es\" cta-label='Reserva \"ya\"' cta_url=\"https://anna.example/reserva\" ACCENT=\"#8a3b5c\" unknown=\"x\"]" );
$el   = one_widget( trim( $html ) );
check( ! is_string( $el ) && 'es' === $el->getAttribute( 'data-lang' ) && 'Reserva "ya"' === $el->getAttribute( 'data-cta-label' )
	&& 'https://anna.example/reserva' === $el->getAttribute( 'data-cta-url' ) && '#8a3b5c' === $el->getAttribute( 'data-accent' ) && ! $el->hasAttribute( 'unknown' ),
	'a written shortcode: both spellings of a name, either quotes, unknown names ignored' );

// ---- the block's wrapper: the block class and alignment
Nearer_Namespaces::reset();
$el = one_widget( trim( do_blocks( '<!-- wp:nearer/reflection {"align":"wide","lang":"en"} /-->' ) ) );
check( ! is_string( $el ) && preg_match( '/\bwp-block-nearer-reflection\b/', $el->getAttribute( 'class' ) ) && preg_match( '/\balignwide\b/', $el->getAttribute( 'class' ) ), 'the block carries its class and alignment' );

// ---- namespaces: unique on a page, repeatable, the coach's kept
$content = '<!-- wp:nearer/reflection /--><!-- wp:nearer/reflection {"namespace":"nearer"} /-->[nearer][nearer namespace="nearer-42-2"]<!-- wp:nearer/reflection /-->';
$names   = function () use ( $content ) {
	Nearer_Namespaces::reset();
	$html = do_shortcode( do_blocks( Nearer_Namespaces::begin_content( $content ) ) );
	preg_match_all( '/<nearer-widget[^>]*>/', $html, $m );
	return array_map(
		function ( $tag ) {
			return preg_match( '/data-namespace="([^"]*)"/', $tag, $n ) ? $n[1] : 'nearer';
		},
		$m[0]
	);
};
$first = $names();
check( 5 === count( $first ) && count( array_unique( $first ) ) === 5, 'five widgets on a page, five namespaces: ' . implode( ' ', $first ) );
check( $first === $names(), 'the same page renders the same namespaces again (a cached copy is right)' );
check( 'nearer' === $first[1] && 'nearer-42-2' === $first[3], 'the namespaces the coach set are kept' );
Nearer_Namespaces::reset();
$html = do_shortcode( Nearer_Namespaces::begin_content( '[nearer namespace="Not Valid!"][nearer]' ) );
check( 1 === substr_count( $html, 'data-namespace="nearer-42-1"' ), 'a namespace the widget will refuse (so use the default) takes the default: ' . $html );
Nearer_Namespaces::reset();
$twice = array();
foreach ( array( 1, 2 ) as $pass ) {
	$html = do_blocks( Nearer_Namespaces::begin_content( '<!-- wp:nearer/reflection /--><!-- wp:nearer/reflection /-->' ) );
	$twice[] = $html;
}
check( $twice[0] === $twice[1] && 1 === substr_count( $twice[0], 'data-namespace' ), 'the content filtered twice in one request (an excerpt, then the page) gets the same names' );
Nearer_Namespaces::reset();
$one = trim( do_blocks( Nearer_Namespaces::begin_content( '<!-- wp:nearer/reflection /-->' ) ) );
check( false === strpos( $one, 'data-namespace' ), 'a lone widget keeps the widget\'s default namespace (no attribute)' );

// ---- loading
if ( 'classic' === $mode ) {
	check( wp_script_is( 'nearer-widget', 'enqueued' ), 'rendering enqueued the entry module' );
	ob_start();
	wp_scripts()->do_item( 'nearer-widget' );
	$tag = trim( ob_get_clean() );
	$src = plugins_url( 'assets/' . NEARER_VERSION . '/nearer-widget.js', NEARER_FILE );
	check( 1 === preg_match_all( '/\btype=/', $tag ) && false !== strpos( $tag, ' type="module"' ), 'the fallback <script> is a module, with one type: ' . $tag );
	check( false !== strpos( $tag, "src=\"$src\"" ) || false !== strpos( $tag, "src='$src'" ), "it loads from the plugin's versioned folder, with no query: $src" );
	check( 0 === strpos( $src, home_url( '/' ) ), 'on the site\'s own origin' );
} else {
	$registers = array_values( array_filter( $module_calls, function ( $c ) { return 'register' === $c[0]; } ) );
	$enqueues  = array_values( array_filter( $module_calls, function ( $c ) { return 'enqueue' === $c[0]; } ) );
	$src       = plugins_url( 'assets/' . NEARER_VERSION . '/nearer-widget.js', NEARER_FILE );
	check( array( array( 'register', 'nearer-widget', $src, array(), null ) ) === $registers, 'WordPress 6.5+: the entry module is registered once as a script module, no version query: ' . json_encode( $registers ) );
	check( count( $enqueues ) > 0 && array() === array_filter( $enqueues, function ( $c ) { return 'nearer-widget' !== $c[1]; } ), 'rendering enqueues it as a script module' );
	check( ! wp_script_is( 'nearer-widget', 'registered' ), 'and registers no classic script' );
	$meta = json_decode( file_get_contents( dirname( NEARER_FILE ) . '/block/block.json' ), true );
	check( 'nearer-widget' === $meta['viewScriptModule'], 'block.json names the module in viewScriptModule' );
}

// ---- nothing stored
global $wpdb;
$options = $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%nearer%' AND option_name <> 'active_plugins'" );
check( array() === $options, 'the plugin keeps no option: ' . implode( ', ', $options ) );

echo "$passed passed, $failed failed\n";
exit( $failed ? 1 : 0 );
