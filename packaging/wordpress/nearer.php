<?php
/**
 * Plugin Name:       Nearer reflection
 * Description:       A private "where did the distance come from" self-reflection for relationship coaches' sites. Everything a visitor answers stays in their own browser.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Nearer
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       nearer
 *
 * @package Nearer
 */

// What this plugin does, and what it never does:
// - it adds a block ("Nearer reflection") and a shortcode ([nearer]) that
//   print one <nearer-widget> element with the coach's options as data-
//   attributes, and load the widget's files from this plugin's own folder
//   (the site's own origin) on the pages that show it, and on no other;
// - it stores no setting of its own (a block keeps its options in the post,
//   a shortcode in its text), makes no request anywhere, shows no notice,
//   and never sees a visitor's answers: they stay in the visitor's browser.
// The markup depends only on the post being shown, never on the request, so
// a page cache can keep it.

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'NEARER_VERSION', '@VERSION@' );
define( 'NEARER_FILE', __FILE__ );

require_once __DIR__ . '/includes/widget.php';

add_action( 'init', 'nearer_register' );
add_filter( 'script_loader_tag', 'nearer_module_tag', 10, 2 );
add_filter( 'the_content', array( 'Nearer_Namespaces', 'begin_content' ), 1 );
add_action( 'admin_init', 'nearer_privacy_policy_text' );

/** The block, the shortcode and the widget's entry module. */
function nearer_register() {
	if ( function_exists( 'wp_register_script_module' ) ) {
		// WordPress 6.5 and later: a script module (block.json's
		// viewScriptModule names it, so the block enqueues it itself).
		wp_register_script_module( 'nearer-widget', nearer_asset_url( 'nearer-widget.js' ), array(), null );
	} else {
		// Older WordPress: a classic script printed in the footer, turned
		// into a module by nearer_module_tag().
		wp_register_script( 'nearer-widget', nearer_asset_url( 'nearer-widget.js' ), array(), null, true );
	}
	register_block_type( __DIR__ . '/block' );
	add_shortcode( 'nearer', 'nearer_shortcode' );
}

/**
 * The release build's files ship in assets/<version>/: every update gets new
 * addresses, so a browser never mixes a cached file of the old version with
 * the new ones. No version query is added (the folder is the version).
 *
 * @param string $file A file of the release build.
 */
function nearer_asset_url( $file ) {
	return plugins_url( 'assets/' . NEARER_VERSION . '/' . $file, NEARER_FILE );
}

/** Loads the widget on this page (called while a block or shortcode renders). */
function nearer_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'nearer-widget' );
	} else {
		wp_enqueue_script( 'nearer-widget' );
	}
}

/**
 * Before WordPress 6.5 there is no script module API: the entry module is a
 * registered script whose tag gets type="module" (it imports its neighbours
 * and awaits the wasm, which only a module may do).
 *
 * @param string $tag    The <script> tag WordPress prints.
 * @param string $handle Its handle.
 */
function nearer_module_tag( $tag, $handle ) {
	if ( 'nearer-widget' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}

/**
 * The shortcode: [nearer lang="es" accent="#8a3b5c" cta_label="…" cta_url="…"].
 * Names may be written with - or _ (cta-label or cta_label).
 *
 * @param array|string $atts The shortcode's attributes.
 */
function nearer_shortcode( $atts ) {
	$given = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_string( $name ) ) {
			$given[ str_replace( '-', '_', strtolower( $name ) ) ] = (string) $value;
		}
	}
	$options = shortcode_atts( array_fill_keys( array_keys( NEARER_OPTIONS ), '' ), $given, 'nearer' );
	nearer_enqueue();
	return nearer_widget_markup( $options );
}

/** Suggested text for the site's privacy policy (Settings → Privacy): nothing more. */
function nearer_privacy_policy_text() {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$text = '<p>' . esc_html__( 'The Nearer reflection on this site runs entirely in your browser. Your answers, results and action list are kept in your browser\'s local storage on this device, and are never sent to this site or to anyone else. The reflection sets no cookies and loads nothing from other sites. You can download or delete what it keeps at any time from "Your data on this device" inside the reflection, or by clearing this site\'s data in your browser.', 'nearer' ) . '</p>';
	wp_add_privacy_policy_content( 'Nearer reflection', wp_kses_post( $text ) );
}
