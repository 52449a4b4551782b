#include "lessenbank/plugin_host.h"

#include <Poco/ClassLoader.h>
#include <Poco/Exception.h>
#include <Poco/Manifest.h>

#include <atomic>
#include <iostream>
#include <mutex>
#include <unistd.h>

#include "elf_check.h"
#include "lessenbank/plugin_api.h"

namespace fs = std::filesystem;

namespace lessenbank {

namespace {

using plugin::ThemePlugin;
using Loader = Poco::ClassLoader<ThemePlugin>;

struct Loaded {
  std::unique_ptr<ThemePlugin> object;
  PluginInfo info;
  mutable std::atomic<bool> disabled{false};
};

plugin::DocumentView view_of(const Document& d) {
  plugin::DocumentView v;
  v.id = d.meta.id;
  v.title = d.meta.title;
  v.type = d.meta.type;
  v.summary = d.meta.summary;
  v.body = d.plain_text();
  v.tagged_themes = d.meta.themes;
  v.organisations = d.meta.organisations;
  v.places = d.meta.places;
  return v;
}

ThemeAssignment assignment_of(const PluginInfo& info, const plugin::Classification& c) {
  return {info.id, c.tagged, c.detected, c.score, c.reason, info.subfacet, c.subfacet_values};
}

}  // namespace

struct PluginHost::Impl {
  Log log;
  std::mutex log_mutex;
  // Declared before the plugins: destroyed after them, so libraries outlive their objects.
  Loader loader;
  std::vector<std::unique_ptr<Loaded>> plugins;

  void say(const std::string& line) {
    std::lock_guard<std::mutex> lock(log_mutex);
    log(line);
  }

  void adopt(ThemePlugin* raw, const std::string& file, const fs::path& dir) {
    std::unique_ptr<ThemePlugin> p(raw);
    const std::string name = fs::path(file).filename().string();
    if (p->api_version() != plugin::kApiVersion) {
      say("plugin " + name + " overgeslagen: API-versie " + std::to_string(p->api_version()) + ", verwacht " +
          std::to_string(plugin::kApiVersion));
      return;
    }
    try {
      p->configure(dir.string());
      auto l = std::make_unique<Loaded>();
      l->info = {p->id(), p->label(), p->description(), p->version(), p->subfacet_name(), file};
      for (const auto& other : plugins) {
        if (other->info.id == l->info.id) {
          say("plugin " + name + " overgeslagen: thema '" + l->info.id + "' is al geladen uit " + other->info.file);
          return;
        }
      }
      l->object = std::move(p);
      plugins.push_back(std::move(l));
    } catch (const std::exception& e) {
      say("plugin " + name + " overgeslagen: " + e.what());
    }
  }

  void load_library(const fs::path& file, const fs::path& dir) {
    const std::string path = file.string();
    // dlopen of a truncated library dies of SIGBUS: check the file first.
    if (const auto problem = elf_problem(file)) {
      say("plugin " + file.filename().string() + " overgeslagen: " + *problem);
      return;
    }
    try {
      loader.loadLibrary(path);
    } catch (const Poco::Exception& e) {
      say("plugin " + file.filename().string() + " overgeslagen: kan niet laden (" + e.displayText() + ")");
      return;
    }
    const auto* manifest = loader.findManifest(path);
    if (!manifest) return;
    for (const auto* meta : *manifest) {
      try {
        adopt(meta->create(), path, dir);
      } catch (const std::exception& e) {
        say("plugin " + file.filename().string() + " overgeslagen: " + e.what());
      }
    }
  }

  // Runs `f` on the plugin unless it was disabled; disables it on an exception.
  template <typename F>
  void guarded(const Loaded& l, F&& f) {
    if (l.disabled) return;
    try {
      f();
    } catch (const std::exception& e) {
      if (!l.disabled.exchange(true)) say("plugin " + l.info.id + " uitgeschakeld: " + e.what());
    } catch (...) {
      if (!l.disabled.exchange(true)) say("plugin " + l.info.id + " uitgeschakeld: onbekende fout");
    }
  }
};

PluginHost::PluginHost(Log log) : impl_(std::make_unique<Impl>()) {
  impl_->log = log ? std::move(log) : Log([](const std::string& line) { std::cerr << line << "\n"; });
}

PluginHost::~PluginHost() {
  if (!impl_) return;
  impl_->plugins.clear();  // objects first, then the libraries (Loader's destructor)
}

void PluginHost::load_folder(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    impl_->say("pluginmap '" + dir.string() + "' niet gevonden; geen thema-plugins geladen");
    return;
  }
  std::vector<fs::path> libraries;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".so") libraries.push_back(e.path());
  }
  std::sort(libraries.begin(), libraries.end());
  for (const auto& lib : libraries) impl_->load_library(lib, dir);
}

std::vector<PluginInfo> PluginHost::plugins() const {
  std::vector<PluginInfo> out;
  for (const auto& l : impl_->plugins) {
    if (!l->disabled) out.push_back(l->info);
  }
  return out;
}

bool PluginHost::empty() const { return plugins().empty(); }

std::vector<ThemeAssignment> PluginHost::classify_all(const Document& doc) const {
  const plugin::DocumentView view = view_of(doc);
  std::vector<ThemeAssignment> out;
  for (const auto& l : impl_->plugins) {
    impl_->guarded(*l, [&] { out.push_back(assignment_of(l->info, l->object->classify(view))); });
  }
  return out;
}

std::vector<ThemeAssignment> PluginHost::classify(const Document& doc) const {
  std::vector<ThemeAssignment> out;
  const plugin::DocumentView view = view_of(doc);
  for (const auto& l : impl_->plugins) {
    impl_->guarded(*l, [&] {
      const plugin::Classification c = l->object->classify(view);
      if (c.member) out.push_back(assignment_of(l->info, c));
    });
  }
  return out;
}

std::string PluginHost::signature() const {
  std::string s;
  for (const auto& l : impl_->plugins) s += l->info.id + "=" + l->info.version + ";";
  return s;
}

fs::path default_plugin_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path("plugins") : exe.parent_path() / "plugins";
}

}  // namespace lessenbank
