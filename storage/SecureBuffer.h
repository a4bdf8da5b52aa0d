#pragma once

#include <cstddef>
#include <span>

namespace quittance::storage {

// Owns secret bytes in sodium_malloc memory: guarded pages, locked against
// swapping where the OS allows, and wiped (sodium_free) when destroyed or
// cleared. The only type that holds keys and passphrases; it cannot be
// copied, so a secret has exactly one owner. Never turn its contents into a
// QString, SQL text or a log line.
class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;

    static SecureBuffer copyOf(std::span<const unsigned char> bytes);
    static SecureBuffer random(std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::span<const unsigned char> bytes() const { return {m_data, m_size}; }
    std::span<unsigned char> bytes() { return {m_data, m_size}; }

    // Shrinks the visible length (for a buffer read into at its maximum size);
    // the spare bytes stay allocated and are wiped with the rest.
    void truncate(std::size_t size);
    void clear();

    // Constant-time comparison.
    bool equals(std::span<const unsigned char> other) const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace quittance::storage
